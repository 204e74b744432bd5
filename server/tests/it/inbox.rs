//! The inbox lists exactly the cases sealed to the signed-in reviewer's key, newest first, with a
//! status filter and keyset paging; a reviewer without a key sees none.

use crate::reviewer_keys::{csrf, new_sealed_identity, put_key};
use crate::support::console::signed_in_as;
use crate::support::{spawn_app, TestApp};
use app::api::console::case_reference;
use app::domain::SubmissionId;
use heard::accounts::Role;
use heard::store::{CaseStatus, Day};

async fn submit(app: &TestApp) -> SubmissionId {
    app.send_by_form("a case").await
}

async fn page(app: &TestApp, cookie: &str, query: &str) -> String {
    app.child_client()
        .get(format!("{}/console/inbox{query}", app.console))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// The case references listed on a page (the first cell of each body row).
fn listed(page: &str) -> Vec<String> {
    let body = page
        .split("<tbody>")
        .nth(1)
        .unwrap()
        .split("</tbody>")
        .next()
        .unwrap();
    body.split("<tr><td>")
        .skip(1)
        .map(|cell| cell.split('<').next().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_reviewer_sees_exactly_the_cases_sealed_to_their_key() {
    let app = spawn_app().await;
    let before_key = submit(&app).await;
    let cookie = signed_in_as(&app, "rev", Role::Reviewer).await;
    assert!(page(&app, &cookie, "").await.contains("no key yet"));
    let (recipient, sealed, _) = new_sealed_identity();
    let token = csrf(&app, &cookie).await;
    assert_eq!(
        put_key(&app, Some(&cookie), Some(&token), &recipient, &sealed).await,
        201
    );

    let mut mine = vec![];
    for _ in 0..52 {
        submit(&app).await;
    }
    for s in app.store.submissions().await.unwrap() {
        if s.public_id != before_key {
            mine.push(s.public_id.as_str().to_owned());
        }
    }
    mine.reverse();
    let refs: Vec<String> = mine.iter().map(|id| case_reference(id)).collect();
    let first = page(&app, &cookie, "").await;
    assert_eq!(
        listed(&first),
        refs[..50].to_vec(),
        "newest first, 50 a page"
    );
    let next = format!("?before={}", mine[49]);
    assert!(
        first.contains(&format!("/console/inbox{next}")),
        "a link to older cases"
    );
    assert_eq!(
        listed(&page(&app, &cookie, &next).await),
        refs[50..].to_vec()
    );

    let closed = app
        .store
        .submissions()
        .await
        .unwrap()
        .last()
        .unwrap()
        .public_id
        .clone();
    app.store
        .set_case_status(&closed, CaseStatus::Closed, &Day::today())
        .await
        .unwrap();
    assert_eq!(
        listed(&page(&app, &cookie, "?status=closed").await),
        vec![refs[0].clone()]
    );
    assert_eq!(
        listed(&page(&app, &cookie, "?status=nonsense").await).len(),
        50,
        "no filter"
    );

    // A second reviewer whose key came later sees none of these.
    let other = signed_in_as(&app, "late", Role::SafeguardingLead).await;
    let (recipient, sealed, _) = new_sealed_identity();
    let token = csrf(&app, &other).await;
    assert_eq!(
        put_key(&app, Some(&other), Some(&token), &recipient, &sealed).await,
        201
    );
    assert!(listed(&page(&app, &other, "").await).is_empty());
}

#[tokio::test]
async fn the_inbox_page_starts_the_console_bundle_with_its_own_nonce_and_the_sessions_token() {
    let app = spawn_app().await;
    let cookie = signed_in_as(&app, "nina", Role::Reviewer).await;
    let token = csrf(&app, &cookie).await;
    let response = app
        .child_client()
        .get(format!("{}/console/inbox", app.console))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let page = response.text().await.unwrap();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap();
    assert!(csp.contains("'wasm-unsafe-eval'"), "{csp}");
    assert!(
        page.contains(&format!("<script type=\"module\" nonce=\"{nonce}\">")),
        "{page}"
    );
    let (bundle, _) = app::site_files::SiteFiles::current().console_bundle();
    assert!(page.contains(&bundle), "{page}");
    assert!(page.contains(&format!("data-csrf=\"{token}\"")), "{page}");
    assert!(page.contains("data-has-key=\"false\""), "{page}");
}
