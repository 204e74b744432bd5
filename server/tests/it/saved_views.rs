//! Saved views of the workbench: settings of one account, never case content. Who may keep them,
//! what a malformed or oversized one gets (a 4xx, nothing stored), and the limit per account.

use crate::support::spawn_app;
use crate::support::staff::Staff;
use app::api::views::{SavedView, ViewSettings, MOST_VIEWS, VIEWS_PATH};
use app::vocabulary::Role;
use reqwest::{Method, StatusCode};
use serde_json::json;

fn view(name: &str, status: &str) -> SavedView {
    SavedView {
        name: name.to_owned(),
        view: ViewSettings {
            status: status.to_owned(),
            kind: "worry".to_owned(),
            sort: "deadline".to_owned(),
            ..ViewSettings::default()
        },
    }
}

async fn put(staff: &Staff, body: serde_json::Value) -> StatusCode {
    staff
        .send_json(Method::PUT, VIEWS_PATH, &body)
        .await
        .status()
}

async fn views(staff: &Staff) -> Vec<SavedView> {
    staff.get_json(VIEWS_PATH).await
}

#[tokio::test]
async fn a_reviewer_keeps_replaces_and_deletes_views_that_only_they_see() {
    let app = spawn_app().await;
    let ana = app.staff("ana", Role::Reviewer).await;
    let ben = app.staff("ben", Role::SafeguardingLead).await;
    let new_worries = serde_json::to_value(view("New worries", "new")).unwrap();
    assert_eq!(put(&ana, new_worries).await, StatusCode::NO_CONTENT);
    let replaced = serde_json::to_value(view("New worries", "acknowledged")).unwrap();
    assert_eq!(put(&ana, replaced).await, StatusCode::NO_CONTENT);
    assert_eq!(views(&ana).await, [view("New worries", "acknowledged")]);
    assert!(views(&ben).await.is_empty(), "a view is its owner's alone");
    // Ben cannot delete Ana's view: to him it does not exist.
    let name = json!({"name": "New worries"});
    let gone = ben.send_json(Method::DELETE, VIEWS_PATH, &name).await;
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    let gone = ana.send_json(Method::DELETE, VIEWS_PATH, &name).await;
    assert_eq!(gone.status(), StatusCode::NO_CONTENT);
    assert!(views(&ana).await.is_empty());
}

#[tokio::test]
async fn a_malformed_view_or_a_search_is_refused_and_nothing_is_stored() {
    let app = spawn_app().await;
    let ana = app.staff("ana", Role::Reviewer).await;
    let long = "x".repeat(61);
    for body in [
        json!({"name": "Words", "view": {"search": "the food is cold"}}),
        json!({"name": "Bad status", "view": {"status": "lost"}}),
        json!({"name": "Bad place", "view": {"place": "not a code!"}}),
        json!({"name": long, "view": {}}),
        json!({"name": "", "view": {}}),
        json!({"name": "No view"}),
        json!("not an object"),
    ] {
        let refused = ana.send_json(Method::PUT, VIEWS_PATH, &body).await;
        assert_eq!(refused.status(), StatusCode::BAD_REQUEST, "{body}");
        let error: serde_json::Value = refused.json().await.unwrap();
        assert_eq!(error["error"], "bad_view");
        assert!(error["message"].as_str().is_some_and(|m| m.contains("60")));
    }
    // Bigger than any view may be: refused before it is read.
    let huge = json!({"name": "Huge", "view": {"place": "x".repeat(10_000)}});
    let refused = ana.send_json(Method::PUT, VIEWS_PATH, &huge).await;
    assert!(refused.status().is_client_error(), "{}", refused.status());
    assert!(views(&ana).await.is_empty());
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM saved_views")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(stored, 0);
}

#[tokio::test]
async fn an_account_keeps_at_most_twenty_views_and_a_change_needs_the_csrf_token() {
    let app = spawn_app().await;
    let ana = app.staff("ana", Role::Reviewer).await;
    for i in 0..MOST_VIEWS {
        let saved = ana
            .send_json(
                Method::PUT,
                VIEWS_PATH,
                &view(&format!("View {i:02}"), "new"),
            )
            .await;
        assert_eq!(saved.status(), StatusCode::NO_CONTENT);
    }
    let one_more = ana
        .send_json(Method::PUT, VIEWS_PATH, &view("One more", "new"))
        .await;
    assert_eq!(one_more.status(), StatusCode::CONFLICT);
    // Replacing one it keeps is still allowed.
    let replaced = ana
        .send_json(Method::PUT, VIEWS_PATH, &view("View 03", "closed"))
        .await;
    assert_eq!(replaced.status(), StatusCode::NO_CONTENT);
    assert_eq!(views(&ana).await.len(), MOST_VIEWS);
    let no_token = reqwest::Client::new()
        .delete(format!("{}{VIEWS_PATH}", ana.console))
        .header("cookie", &ana.cookie)
        .json(&json!({"name": "View 03"}))
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), StatusCode::FORBIDDEN);
    assert_eq!(views(&ana).await.len(), MOST_VIEWS);
}
