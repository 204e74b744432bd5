//! A kiosk's outbox (its service worker) re-sends a sealed send the network lost, after the
//! kiosk's wipe cleared the session: an active kiosk vouches for it in place of the proof of work,
//! its routing (place, urgency, the return code) counts only as sealed to the outbox key — never
//! from a clear header — and the id makes a second delivery harmless. Only an active kiosk's token
//! gets the script or may vouch; each kiosk has an hourly share; the site-wide window still holds.

use crate::intake::sealed_by_browser;
use crate::support::{add_kiosk, heard, spawn_app, spawn_app_with, Options, TestApp};
use app::api::ApiError;
use app::domain::SubmissionId;
use app::return_code::{recipient_of, ReturnCode};
use app::sealing::RecipientSet;
use app::vocabulary::ApiErrorCode;
use heard_core::kiosk_routing::{routed_for, seal_routing, ROUTED_FOR_HEADER, ROUTING_HEADER};

/// Header names and values, in clear or to seal.
type Headers<'a> = &'a [(&'a str, &'a str)];

/// A delivery that must be refused: its sealed routing, its clear headers, and the refusal.
type Refused<'a> = (Option<Headers<'a>>, Vec<(&'a str, &'a str)>, ApiErrorCode);

/// The kiosk's token, from its start page's URL.
fn token_of(start: &str) -> String {
    start.rsplit('/').next().unwrap().to_owned()
}

/// `routing` sealed to the instance's outbox key, as a kiosk's page seals it.
async fn sealed_routing(app: &TestApp, routing: &[(&str, &str)]) -> String {
    let outbox = app.store.kiosk_outbox_identity().await.unwrap();
    let set = RecipientSet::parse(&[outbox.recipient().to_string()]).unwrap();
    seal_routing(routing, &set).unwrap()
}

/// A PUT as the kiosk's outbox makes it: no cookie, no proof, `routing` sealed (none: no sealed
/// routing), `extra` headers in clear (the kiosk's among them).
async fn delivered(
    app: &TestApp,
    id: &SubmissionId,
    body: Vec<u8>,
    routing: Option<&[(&str, &str)]>,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let set = app.recipients().await;
    let mut request = app
        .child_client()
        .put(format!("{}/api/submissions/{id}", app.child))
        .header("x-recipient-set", set.set_id)
        .header("content-type", "application/octet-stream")
        .header("accept-language", "en");
    if let Some(routing) = routing {
        // Sealed for this very send, as the page seals it.
        let bound = routed_for(id.as_str(), &body);
        let mut routing = routing.to_vec();
        routing.push((ROUTED_FOR_HEADER, &bound));
        request = request.header(ROUTING_HEADER, sealed_routing(app, &routing).await);
    }
    for (name, value) in extra {
        request = request.header(*name, *value);
    }
    request.body(body).send().await.unwrap()
}

#[tokio::test]
async fn the_outbox_script_is_served_under_an_active_kiosk_only() {
    let app = spawn_app().await;
    let start = add_kiosk(&app, &[]);
    let token = token_of(&start);
    let client = app.child_client();
    let r = client
        .get(format!("{}/kiosk/{token}/sw.js", app.child))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .contains("javascript"));
    assert_eq!(
        r.headers()["service-worker-allowed"],
        format!("/kiosk/{token}").as_str()
    );
    let policy = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(policy.contains("connect-src 'self'"), "{policy}");
    // The kiosk's page names where it is; a personal phone's page has no kiosk and no outbox.
    let page = client
        .get(&start)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("data-home=\"/kiosk/{token}\"")),
        "{page}"
    );
    let phone = client.get(format!("{}/", app.child)).send().await.unwrap();
    assert!(phone.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("worker-src 'self'"));
    let phone = phone.text().await.unwrap();
    assert!(
        !phone.contains("id=\"kiosk\"") && !phone.contains("data-home=\""),
        "{phone}"
    );
    for wrong in ["0".repeat(64), "not-a-token".to_owned(), "%00".to_owned()] {
        let r = client
            .get(format!("{}/kiosk/{wrong}/sw.js", app.child))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404, "{wrong}");
    }
    let id = String::from_utf8(heard(app.data_dir.path(), &["kiosks", "list"]).stdout).unwrap();
    let id = id.split('\t').next().unwrap().to_owned();
    assert!(
        heard(app.data_dir.path(), &["kiosks", "revoke", "--id", &id])
            .status
            .success()
    );
    let r = client
        .get(format!("{}/kiosk/{token}/sw.js", app.child))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404, "a revoked kiosk has no outbox");
}

#[tokio::test]
async fn a_kept_send_arrives_once_vouched_by_the_kiosk_and_its_code_opens_the_case() {
    let app = spawn_app().await;
    let token = token_of(&add_kiosk(&app, &[]));
    let salt = app.store.return_code_salt().await.unwrap();
    let derived = ReturnCode::generate().derive(&salt);
    let recipient = recipient_of(&derived);
    let id = SubmissionId::generate();
    let body = sealed_by_browser(&app, &id, "kept through an outage").await;
    let routing = [
        ("x-urgent", "1"),
        ("x-return-token", derived.token.as_str()),
        ("x-child-recipient", recipient.as_str()),
    ];
    // A clear header beside the sealed routing counts for nothing.
    let kiosk = [("x-kiosk-queue", token.as_str()), ("x-urgent", "0")];
    let first = delivered(&app, &id, body.clone(), Some(&routing), &kiosk).await;
    assert_eq!(first.status(), 201);
    assert!(
        first.headers().get("set-cookie").is_none(),
        "no session is made for it"
    );
    let urgency: String = sqlx::query_scalar(
        "SELECT cs.urgency FROM case_status cs JOIN submissions s ON s.seq = cs.submission_seq \
         WHERE s.public_id = $1",
    )
    .bind(id.as_str())
    .fetch_one(app.store.pool())
    .await
    .unwrap();
    assert_eq!(
        urgency, "urgent",
        "the sealed routing's \"I am not safe\" counts"
    );
    // The outbox tries again when it never heard the answer: still one case.
    let again = delivered(&app, &id, body, Some(&routing), &kiosk).await;
    assert_eq!(again.status(), 200);
    assert_eq!(app.submission_count().await, 1);
    // The child's pictures open it: the token sealed in the routing was registered.
    let r = app
        .child_client()
        .post(format!("{}/api/return", app.child))
        .json(&serde_json::json!({ "token": derived.token.as_str() }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let view: app::api::coming_back::ReturnView = r.json().await.unwrap();
    assert_eq!(view.case_id, id.as_str());
}

#[tokio::test]
async fn a_delivery_no_active_kiosk_vouches_for_or_without_its_sealed_routing_stores_nothing() {
    let app = spawn_app().await;
    let token = token_of(&add_kiosk(&app, &[]));
    let unknown = "0".repeat(64);
    let routing: &[(&str, &str)] = &[("x-urgent", "0")];
    let stranger = app::sealing::Identity::generate().recipient().to_string();
    let foreign = seal_routing(
        &[("x-urgent", "1")],
        &RecipientSet::parse(&[stranger]).unwrap(),
    )
    .unwrap();
    let kiosk = ("x-kiosk-queue", token.as_str());
    let cases: [Refused; 6] = [
        // No kiosk and no proof: the ordinary path's refusal.
        (Some(routing), vec![], ApiErrorCode::ProofNeeded),
        (
            Some(routing),
            vec![("x-kiosk-queue", unknown.as_str())],
            ApiErrorCode::BadForm,
        ),
        (
            Some(routing),
            vec![("x-kiosk-queue", "%%%")],
            ApiErrorCode::BadForm,
        ),
        // A kiosk's delivery without its sealed routing, with one that is no age file, or with
        // one sealed to another key than the outbox's.
        (None, vec![kiosk], ApiErrorCode::BadForm),
        (
            None,
            vec![kiosk, (ROUTING_HEADER, "bm90IHNlYWxlZA==")],
            ApiErrorCode::BadForm,
        ),
        (
            None,
            vec![kiosk, (ROUTING_HEADER, foreign.as_str())],
            ApiErrorCode::BadForm,
        ),
    ];
    for (routing, headers, expected) in cases {
        let id = SubmissionId::generate();
        let body = sealed_by_browser(&app, &id, "refused").await;
        let r = delivered(&app, &id, body, routing, &headers).await;
        assert!(r.status().is_client_error(), "{headers:?}: {}", r.status());
        let error: ApiError = r.json().await.unwrap();
        assert_eq!(error.error, expected, "{headers:?}");
    }
    assert_eq!(app.submission_count().await, 0);
}

#[tokio::test]
async fn a_kiosk_cannot_flood_past_the_sites_window() {
    let mut options = Options::default();
    options.flood.send_limit = 3;
    let app = spawn_app_with(options).await;
    let token = token_of(&add_kiosk(&app, &[]));
    let mut statuses = Vec::new();
    for _ in 0..6 {
        let id = SubmissionId::generate();
        let body = sealed_by_browser(&app, &id, "flood").await;
        let kiosk = [("x-kiosk-queue", token.as_str())];
        let r = delivered(&app, &id, body, Some(&[]), &kiosk).await;
        statuses.push(r.status().as_u16());
    }
    assert_eq!(statuses, [201, 201, 201, 503, 503, 503]);
    assert_eq!(app.submission_count().await, 3);
}

/// With no proof of work to pay, a kiosk's token alone must not buy a flood: each kiosk delivers
/// at most its share at once (then "busy", and its outbox tries later); another kiosk is not held.
#[tokio::test]
async fn a_kiosk_outbox_delivers_at_most_its_hourly_share() {
    use heard::http::DELIVERIES_PER_HOUR;
    let app = spawn_app().await;
    let hall = token_of(&add_kiosk(&app, &[]));
    let library = token_of(&add_kiosk(&app, &[]));
    let send = |kiosk: String| {
        let app = &app;
        async move {
            let id = SubmissionId::generate();
            let body = sealed_by_browser(app, &id, "kept").await;
            let headers = [("x-kiosk-queue", kiosk.as_str())];
            delivered(app, &id, body, Some(&[]), &headers)
                .await
                .status()
                .as_u16()
        }
    };
    for _ in 0..DELIVERIES_PER_HOUR {
        assert_eq!(send(hall.clone()).await, 201);
    }
    assert_eq!(send(hall.clone()).await, 503, "beyond the hall's share");
    assert_eq!(send(library).await, 201, "another kiosk has its own share");
    assert_eq!(
        app.submission_count().await,
        i64::from(DELIVERIES_PER_HOUR) + 1
    );
}
