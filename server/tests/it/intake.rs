//! The intake: browser-sealed ciphertext in, idempotent on the client id; the no-JavaScript form
//! sealed on arrival; bad input refused with a translated message and nothing stored.

use crate::support::{spawn_app, TestApp};
use app::api::{ApiError, Received, RecipientsResponse};
use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::proof::{header_value, solve};
use app::sealing::{open, seal, RecipientSet};
use app::vocabulary::ApiErrorCode;

async fn fetch_recipients(app: &TestApp) -> RecipientsResponse {
    app.child_client()
        .get(format!("{}/api/recipients", app.child))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn recipients(app: &TestApp) -> RecipientSet {
    RecipientSet::parse(&fetch_recipients(app).await.recipients).unwrap()
}

/// What the browser does: seal with the fetched recipients.
pub(crate) async fn sealed_by_browser(app: &TestApp, id: &SubmissionId, text: &str) -> Vec<u8> {
    let words = ChildWords::parse(text.to_owned()).unwrap();
    let envelope = Envelope::new(id.clone(), "en", SealedIn::Browser, words);
    seal(envelope, &recipients(app).await).unwrap().into_bytes()
}

/// A PUT as the browser sends it: naming the recipient set it sealed to.
async fn put(app: &TestApp, id: &str, body: Vec<u8>, lang: &str) -> reqwest::Response {
    let set_id = fetch_recipients(app).await.set_id;
    put_with_set(app, id, body, lang, &set_id).await
}

/// What the browser does before a PUT: fetch the recipients, which gives its session a one-time
/// challenge, and solve the proof of work. Returns the session cookie and the proof header.
pub(crate) async fn session_with_proof(app: &TestApp) -> (String, String) {
    let r = app
        .child_client()
        .get(format!("{}/api/recipients", app.child))
        .send()
        .await
        .unwrap();
    let cookie = crate::support::console::cookie(&r).expect("a child session");
    let fetched: RecipientsResponse = r.json().await.unwrap();
    let nonce = solve(&fetched.challenge, fetched.proof_bits);
    (cookie, header_value(&fetched.challenge, nonce))
}

async fn put_with_set(
    app: &TestApp,
    id: &str,
    body: Vec<u8>,
    lang: &str,
    set_id: &str,
) -> reqwest::Response {
    let (cookie, proof) = session_with_proof(app).await;
    app.child_client()
        .put(format!("{}/api/submissions/{id}", app.child))
        .header("cookie", cookie)
        .header("x-proof", proof)
        .header("x-recipient-set", set_id)
        .header("content-type", "application/octet-stream")
        .header("accept-language", lang)
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_browser_sealed_submission_is_stored_once_and_opens_with_the_recovery_key() {
    let app = spawn_app().await;
    let id = SubmissionId::generate();
    let body = sealed_by_browser(&app, &id, "the food is cold").await;

    let first = put(&app, id.as_str(), body.clone(), "en").await;
    assert_eq!(first.status(), 201);
    let received: Received = first.json().await.unwrap();
    assert!(received.received && !received.duplicate);

    // A retry after a lost response: same id, same bytes.
    let retry = put(&app, id.as_str(), body.clone(), "en").await;
    assert_eq!(retry.status(), 200);
    assert!(retry.json::<Received>().await.unwrap().duplicate);
    assert_eq!(app.submission_count().await, 1);

    let stored = app.store.submissions().await.unwrap();
    assert_eq!(stored[0].ciphertext, body, "stored exactly as sealed");
    assert_eq!(stored[0].sealed_in, SealedIn::Browser);
    let opened = open(
        &stored[0].ciphertext,
        &app.recovery_identity,
        &stored[0].public_id,
    )
    .unwrap();
    assert_eq!(opened.text, "the food is cold");
}

#[tokio::test]
async fn the_no_javascript_form_is_sealed_on_arrival_and_is_idempotent() {
    let app = spawn_app().await;
    let (id, id_token) = app.nojs_ticket().await;
    let form = [
        ("submission_id", id.as_str()),
        ("form_token", id_token.as_str()),
        ("text", "quiero hablar con alguien"),
    ];
    let client = app.child_client();
    let response = client
        .post(format!("{}/send", app.child))
        .header("accept-language", "es")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/sent");
    let again = client
        .post(format!("{}/send", app.child))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 303);
    assert_eq!(app.submission_count().await, 1);

    let stored = &app.store.submissions().await.unwrap()[0];
    assert_eq!(stored.sealed_in, SealedIn::Server);
    let opened = open(&stored.ciphertext, &app.recovery_identity, &id).unwrap();
    assert_eq!(opened.text, "quiero hablar con alguien");
    assert_eq!(opened.lang, "es");
    assert_eq!(opened.sealed_in, SealedIn::Server);
}

async fn api_error(response: reqwest::Response, status: u16) -> ApiError {
    assert_eq!(response.status(), status);
    response.json().await.unwrap()
}

#[tokio::test]
async fn bad_api_input_is_refused_in_the_childs_language_and_stores_nothing() {
    let app = spawn_app().await;
    let id = SubmissionId::generate();

    let garbage = api_error(
        put(&app, id.as_str(), b"not age at all".to_vec(), "es").await,
        400,
    )
    .await;
    assert_eq!(garbage.error, ApiErrorCode::NotSealed);
    assert!(
        garbage.message.contains("no se guardó nada"),
        "{}",
        garbage.message
    );

    let huge = vec![b'a'; app::sealing::MAX_SEALED_BYTES + 1];
    let too_large = api_error(put(&app, id.as_str(), huge, "en").await, 413).await;
    assert_eq!(too_large.error, ApiErrorCode::TooLarge);
    assert!(
        too_large.message.contains("nothing was saved"),
        "{}",
        too_large.message
    );

    let body = sealed_by_browser(&app, &id, "valid words").await;
    for bad_id in [
        "short",
        "0123456789ABCDEF0123456789ABCDEF",
        "%2e%2e%2fetc",
        "0123456789abcdef0123456789abcdeg",
    ] {
        let refused = api_error(put(&app, bad_id, body.clone(), "es").await, 400).await;
        assert_eq!(refused.error, ApiErrorCode::BadId, "{bad_id}");
        assert!(refused.message.contains("no se guardó nada"));
    }

    let empty = api_error(put(&app, id.as_str(), vec![], "en").await, 400).await;
    assert_eq!(empty.error, ApiErrorCode::NotSealed);
    assert_eq!(app.submission_count().await, 0);
}

#[tokio::test]
async fn bad_form_input_is_refused_with_a_translated_page_and_stores_nothing() {
    let app = spawn_app().await;
    let client = app.child_client();
    let (id, token) = app.nojs_ticket().await;
    let (id, token) = (id.as_str(), token.as_str());
    let other = SubmissionId::generate();
    let long = "a".repeat(app::domain::MAX_CHILD_WORDS_CHARS + 1);
    type Case<'a> = (Vec<(&'a str, &'a str)>, u16, &'a str);
    let cases: Vec<Case> = vec![
        (
            vec![
                ("submission_id", id),
                ("form_token", token),
                ("text", "   "),
            ],
            400,
            "escribe algo",
        ),
        (
            vec![
                ("submission_id", id),
                ("form_token", token),
                ("text", &long),
            ],
            400,
            "demasiado largo",
        ),
        // Without the page's token, or with another form's: the page must be opened again.
        (
            vec![("submission_id", id), ("text", "hola")],
            400,
            "abre la página otra vez",
        ),
        (
            vec![
                ("submission_id", other.as_str()),
                ("form_token", token),
                ("text", "hola"),
            ],
            400,
            "abre la página otra vez",
        ),
        (
            vec![("submission_id", "nope"), ("text", "hola")],
            400,
            "No pudimos reconocer",
        ),
        (vec![("text", "hola")], 400, "no estaba completo"),
    ];
    for (form, status, needle) in cases {
        let r = client
            .post(format!("{}/send", app.child))
            .header("accept-language", "es")
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), status);
        let body = r.text().await.unwrap();
        assert!(body.contains(needle), "{needle}: {body}");
        assert!(body.contains("lang=\"es\""));
    }
    let oversized = "a".repeat(200 * 1024);
    let r = client
        .post(format!("{}/send", app.child))
        .form(&[
            ("submission_id", id),
            ("form_token", token),
            ("text", oversized.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    assert_eq!(app.submission_count().await, 0);
}

#[tokio::test]
async fn a_cross_site_post_is_refused_and_stores_nothing() {
    let app = spawn_app().await;
    let (id, id_token) = app.nojs_ticket().await;
    let form = [
        ("submission_id", id.as_str()),
        ("form_token", id_token.as_str()),
        ("text", "forged"),
    ];
    let client = app.child_client();
    let by_fetch_metadata = client
        .post(format!("{}/send", app.child))
        .header("sec-fetch-site", "cross-site")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(by_fetch_metadata.status(), 403);
    let by_origin = client
        .post(format!("{}/send", app.child))
        .header("origin", "https://evil.example")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(by_origin.status(), 403);
    let body = sealed_by_browser(&app, &id, "forged too").await;
    let api = client
        .put(format!("{}/api/submissions/{id}", app.child))
        .header("sec-fetch-site", "same-site")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(api_error(api, 403).await.error, ApiErrorCode::CrossSite);
    assert_eq!(app.submission_count().await, 0);
}

#[tokio::test]
async fn the_recipients_a_submission_was_sealed_to_are_recorded_and_must_be_current() {
    let app = spawn_app().await;
    let before = fetch_recipients(&app).await;
    let id = SubmissionId::generate();
    let body = sealed_by_browser(&app, &id, "sealed to the old set").await;

    // A key joins between fetching the recipients and sending: the old set is refused.
    let newcomer = age::x25519::Identity::generate().to_public().to_string();
    app.store
        .add_recipient(&newcomer, heard::store::RecipientKind::Extra, "new", false)
        .await
        .unwrap();
    let stale = put_with_set(&app, id.as_str(), body.clone(), "es", &before.set_id).await;
    let error = api_error(stale, 409).await;
    assert_eq!(error.error, ApiErrorCode::RecipientsChanged);
    assert!(
        error.message.contains("Enviar otra vez"),
        "{}",
        error.message
    );
    assert_eq!(app.submission_count().await, 0);
    let missing = put_with_set(&app, id.as_str(), body, "en", "").await;
    assert_eq!(missing.status(), 409);

    // Sealed afresh to the current set, it is stored with exactly that set.
    let body = sealed_by_browser(&app, &id, "sealed to the new set").await;
    assert_eq!(put(&app, id.as_str(), body, "en").await.status(), 201);
    let mut current = fetch_recipients(&app).await.recipients;
    current.sort();
    assert_eq!(app.store.submission_recipients(&id).await.unwrap(), current);
    assert!(current.contains(&newcomer));

    // The no-JavaScript path records the set it sealed to as well.
    let (form_id, form_id_token) = app.nojs_ticket().await;
    let r = app
        .child_client()
        .post(format!("{}/send", app.child))
        .form(&[
            ("submission_id", form_id.as_str()),
            ("form_token", form_id_token.as_str()),
            ("text", "by form"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(
        app.store.submission_recipients(&form_id).await.unwrap(),
        current
    );
}
