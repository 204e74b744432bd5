//! The retaliation shield: a case naming a facility is sealed to nobody affiliated with it, and
//! the server never shows it — not its content, ciphertext, notes, or existence — to anyone
//! affiliated, even when the affiliation is declared after the case arrived.

use crate::reviewer_keys::{csrf, new_sealed_identity, put_key};
use crate::support::console::signed_in_as;
use crate::support::{spawn_app, TestApp};
use app::api::console::CasePage;
use app::api::RecipientsResponse;
use app::domain::SubmissionId;
use heard::accounts::Role;
use heard::store::AffiliationTarget;

struct Staff {
    account: i64,
    cookie: String,
    recipient: String,
}

async fn staff(app: &TestApp, handle: &str) -> Staff {
    let cookie = signed_in_as(app, handle, Role::Reviewer).await;
    let token = csrf(app, &cookie).await;
    let (recipient, sealed, _) = new_sealed_identity();
    assert_eq!(
        put_key(app, Some(&cookie), Some(&token), &recipient, &sealed).await,
        201
    );
    let account = app.store.login_account(handle).await.unwrap().unwrap().id;
    Staff {
        account,
        cookie,
        recipient,
    }
}

async fn recipients(app: &TestApp, place: &str) -> reqwest::Response {
    app.child_client()
        .get(format!("{}/api/recipients?place={place}", app.child))
        .header("accept-language", "es")
        .send()
        .await
        .unwrap()
}

async fn send_naming(app: &TestApp, place: &str) -> SubmissionId {
    let id = SubmissionId::generate();
    let r = app
        .child_client()
        .post(format!("{}/send", app.child))
        .form(&[
            ("submission_id", id.as_str()),
            ("text", "about the place I live"),
            ("place", place),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    id
}

async fn status(app: &TestApp, who: &Staff, path: &str) -> u16 {
    app.child_client()
        .get(format!("{}{path}", app.console))
        .header("cookie", &who.cookie)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn listed(app: &TestApp, who: &Staff) -> Vec<String> {
    let page: CasePage = app
        .child_client()
        .get(format!("{}/console/api/cases", app.console))
        .header("cookie", &who.cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    page.cases.into_iter().map(|c| c.summary.id).collect()
}

#[tokio::test]
async fn an_affiliated_reviewer_is_no_recipient_and_cannot_see_the_case() {
    let app = spawn_app().await;
    let north = app
        .store
        .add_facility(
            "casa-norte",
            Some("hope-org"),
            &[("en".into(), "North House".into())],
        )
        .await
        .unwrap();
    let south = app
        .store
        .add_facility(
            "casa-sur",
            Some("hope-org"),
            &[("en".into(), "South House".into())],
        )
        .await
        .unwrap();
    let ana = staff(&app, "ana").await;
    let ben = staff(&app, "ben").await;
    let eva = staff(&app, "eva").await;
    app.store
        .affiliate(ana.account, &AffiliationTarget::Facility(north), true)
        .await
        .unwrap();
    app.store
        .affiliate(
            eva.account,
            &AffiliationTarget::Operator("hope-org".into()),
            false,
        )
        .await
        .unwrap();

    let for_north: RecipientsResponse = recipients(&app, "casa-norte").await.json().await.unwrap();
    assert!(
        !for_north.recipients.contains(&ana.recipient),
        "ana works there"
    );
    assert!(
        !for_north.recipients.contains(&eva.recipient),
        "eva's organisation runs it"
    );
    assert!(for_north.recipients.contains(&ben.recipient));
    let unsaid: RecipientsResponse = recipients(&app, "unsaid").await.json().await.unwrap();
    assert_eq!(
        unsaid.recipients.len(),
        4,
        "recovery and the three reviewers"
    );
    let unknown = recipients(&app, "no-such-place").await;
    assert_eq!(unknown.status(), 400);
    assert!(unknown
        .text()
        .await
        .unwrap()
        .contains("No conocemos ese lugar"));

    let about_north = send_naming(&app, "casa-norte").await;
    let recorded = app.store.submission_recipients(&about_north).await.unwrap();
    assert!(!recorded.contains(&ana.recipient) && !recorded.contains(&eva.recipient));
    let path = format!("/console/api/cases/{}", about_north.as_str());
    assert_eq!(status(&app, &ana, &path).await, 404);
    assert_eq!(status(&app, &ben, &path).await, 200);
    assert!(listed(&app, &ana).await.is_empty());
    assert_eq!(listed(&app, &ben).await, [about_north.as_str()]);

    // Ben declares an affiliation with the south house's operator after the north case arrived:
    // he was a recipient, and still the server no longer shows him the case.
    let _ = south;
    app.store
        .affiliate(
            ben.account,
            &AffiliationTarget::Operator("hope-org".into()),
            false,
        )
        .await
        .unwrap();
    assert_eq!(status(&app, &ben, &path).await, 404);
    assert!(
        listed(&app, &ben).await.is_empty(),
        "not even its existence"
    );
}
