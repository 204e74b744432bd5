//! Consultations on the start page and on a shared kiosk: the start page (a phone's and a
//! kiosk's) names what is open and "you said, we did" for what closed; a consultation taken on a
//! kiosk carries the kiosk's idle wipe and its Quick Exit leads to the kiosk's wipe. A child's
//! return code follows, at their request, the consultations they took part in.

use crate::consultations::{definition, Child};
use crate::support::{spawn_app, TestApp};
use heard::store::Day;

/// A new kiosk's start page, as a path.
fn kiosk(app: &TestApp) -> String {
    let start = crate::support::add_kiosk(app, &[]);
    start.trim_start_matches(&app.child).to_owned()
}

#[tokio::test]
async fn the_start_page_names_open_consultations_and_what_came_of_closed_ones() {
    let app = spawn_app().await;
    let mut child = Child::new(&app);
    let plain = child.get("/").await.text().await.unwrap();
    assert!(
        !plain.contains("class=\"card consult-news\""),
        "nothing to show: no section"
    );
    app.store
        .add_consultation(&definition("food"), &Day::today())
        .await
        .unwrap();
    let mut closed = definition("rooms");
    closed.opens_on = Day::today().minus_days(30).as_str().to_owned();
    closed.closes_on = Day::today().minus_days(2).as_str().to_owned();
    app.store
        .add_consultation(&closed, &Day::today())
        .await
        .unwrap();
    let actions: app::consultation::ActionsDef =
        toml::from_str(include_str!("../../../docs/examples/actions.toml")).unwrap();
    let rooms = app.store.consultation("rooms").await.unwrap().unwrap();
    app.store
        .set_actions(&rooms, &actions, &Day::today())
        .await
        .unwrap();
    for start in ["/".to_owned(), kiosk(&app)] {
        let page = child
            .get(&format!("{start}?lang=ar"))
            .await
            .text()
            .await
            .unwrap();
        let page = page.replace(['\u{2068}', '\u{2069}'], "");
        assert!(page.contains("class=\"card consult-news\""), "{start}");
        let on_kiosk = start
            .strip_prefix("/kiosk/")
            .map(|token| format!("?kiosk={token}"))
            .unwrap_or_default();
        assert!(page.contains(&format!("href=\"/consult/food{on_kiosk}\"")));
        assert!(page.contains(&format!(
            "href=\"/consult/rooms/results{on_kiosk}#you-said-we-did\""
        )));
        assert!(page.contains("lang=\"ar\""));
    }
    // Coming from a kiosk, the consultation's pages carry its wipe, and the session keeps it.
    let start = kiosk(&app);
    let token = start.rsplit('/').next().unwrap().to_owned();
    let first = child.get(&format!("/consult/food?kiosk={token}")).await;
    let cookie = crate::support::console::cookie(&first).expect("the kiosk kept in a session");
    child.cookie = Some(cookie);
    let page = first.text().await.unwrap();
    assert!(page.contains("id=\"kiosk\"") && page.contains("data-idle=\"120\""));
    assert!(page.contains(&format!("href=\"/exit?kiosk={token}\"")));
    let list = child.get("/consult").await.text().await.unwrap();
    assert!(list.contains("id=\"kiosk\""), "kept for the next pages");
    // A made-up token is an ordinary page.
    let fake = Child::new(&app)
        .get("/consult/food?kiosk=not-a-kiosk")
        .await
        .text()
        .await
        .unwrap();
    assert!(!fake.contains("id=\"kiosk\""));
    // Elsewhere (no kiosk in the session): the ordinary Quick Exit, no wipe.
    let phone = Child::new(&app)
        .get("/consult/food")
        .await
        .text()
        .await
        .unwrap();
    assert!(!phone.contains("id=\"kiosk\"") && phone.contains("href=\"/exit\""));
}

#[tokio::test]
async fn a_return_code_follows_the_consultations_a_child_took_part_in_only_when_asked() {
    let app = spawn_app().await;
    app.store
        .add_consultation(&definition("food"), &Day::today())
        .await
        .unwrap();
    let (_, code) = crate::return_codes::child_sends(&app, "a message").await;
    let token = code.token.as_str().to_owned();
    let mut child = Child::new(&app);
    let skip: &[(&str, &str)] = &[("answer", "skip")];
    child
        .take_part("food", "not_said", &[skip, skip, skip])
        .await;
    let back = |child: &Child, token: &str, path: &'static str| {
        let mut request = app
            .child_client()
            .post(format!("{}{path}", app.child))
            .json(&serde_json::json!({ "token": token }));
        if let Some(c) = &child.cookie {
            request = request.header("cookie", c);
        }
        request.send()
    };
    // Opening the case offers to follow; nothing is remembered until the child asks.
    let view: app::api::coming_back::ReturnView = back(&child, &token, "/api/return")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let offered = view.consultations.expect("an offer");
    assert!(offered.items.is_empty() && offered.follow.is_some());
    let rows = || async {
        sqlx::query_as::<_, (String, i64)>(
            "SELECT follower, consultation_id FROM consultation_followers",
        )
        .fetch_all(app.store.pool())
        .await
        .unwrap()
    };
    assert!(rows().await.is_empty());
    // A wrong code is refused like any wrong code; a session that took part in nothing too.
    let wrong = "0".repeat(64);
    assert_eq!(
        back(&child, &wrong, "/api/return/follow")
            .await
            .unwrap()
            .status(),
        404
    );
    let stranger = Child::new(&app);
    assert_eq!(
        back(&stranger, &token, "/api/return/follow")
            .await
            .unwrap()
            .status(),
        400
    );
    assert_eq!(
        back(&child, &token, "/api/return/follow")
            .await
            .unwrap()
            .status(),
        204
    );
    let stored = rows().await;
    assert_eq!(stored.len(), 1);
    // Not the case's lookup hash: the two tables cannot be joined.
    assert_ne!(stored[0].0, app::return_code::token_hash(&token));
    let audit = app.store.audit_entries().await.unwrap();
    assert!(audit.iter().all(|e| !e.action.contains("follow")));
    // Any later visit (another session) sees it, and what came of it once closed.
    app.store
        .close_consultation("food", &Day::today())
        .await
        .unwrap();
    let later = Child::new(&app);
    let view: app::api::coming_back::ReturnView = back(&later, &token, "/api/return")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let followed = view.consultations.expect("followed");
    assert_eq!(followed.items.len(), 1);
    assert_eq!(
        followed.items[0].href,
        "/consult/food/results#you-said-we-did"
    );
    assert!(
        followed.follow.is_none(),
        "nothing more to follow in this visit"
    );
    // Another code follows nothing.
    let (_, other) = crate::return_codes::child_sends(&app, "another").await;
    let view: app::api::coming_back::ReturnView = back(&later, other.token.as_str(), "/api/return")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(view.consultations.is_none());
}
