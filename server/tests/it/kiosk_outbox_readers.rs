//! A send a kiosk's outbox kept while the readers changed: the kiosk cannot seal it afresh (it
//! keeps no words), so it is taken for the readers it was sealed to — named only in its sealed
//! routing — as long as every one of them is still a reader for its place. A reader shielded
//! from the place since (or removed) refuses it; no clear header can name an earlier set.

use crate::support::{add_kiosk, spawn_app, TestApp};
use app::api::{ApiError, RecipientsResponse};
use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::sealing::{seal, RecipientSet};
use app::vocabulary::{ApiErrorCode, Role};
use heard::store::AffiliationTarget;
use heard_core::kiosk_routing::{
    routed_for, seal_routing, ROUTED_FOR_HEADER, ROUTING_HEADER, SEALED_TO_HEADER,
    SET_TICKET_HEADER,
};

const PLACE: &str = "casa-norte";

async fn readers_now(app: &TestApp) -> RecipientsResponse {
    app.recipients_at(PLACE).await
}

/// What a kiosk's page sealed while `set` was the place's readers, and its routing.
async fn kept_send(app: &TestApp, set: &RecipientsResponse) -> (SubmissionId, Vec<u8>, String) {
    let keys = set.recipients.join(" ");
    kept_send_routed(app, set, &[("x-place", PLACE), (SEALED_TO_HEADER, &keys)]).await
}

/// A send sealed to `set`, with `routing` (its ticket added) sealed to the outbox key.
async fn kept_send_routed(
    app: &TestApp,
    set: &RecipientsResponse,
    routing: &[(&str, &str)],
) -> (SubmissionId, Vec<u8>, String) {
    let id = SubmissionId::generate();
    let words = ChildWords::parse("kept while the readers changed".to_owned()).unwrap();
    let envelope = Envelope::new(id.clone(), "en", SealedIn::Browser, words);
    let keys = RecipientSet::parse(&set.recipients).unwrap();
    let body = seal(envelope, &keys).unwrap().into_bytes();
    let outbox = app.store.kiosk_outbox_identity().await.unwrap();
    let outbox = RecipientSet::parse(&[outbox.recipient().to_string()]).unwrap();
    let bound = routed_for(id.as_str(), &body);
    let mut routing = routing.to_vec();
    routing.push((SET_TICKET_HEADER, &set.set_ticket));
    routing.push((ROUTED_FOR_HEADER, &bound));
    (id, body, seal_routing(&routing, &outbox).unwrap())
}

async fn deliver(
    app: &TestApp,
    id: &SubmissionId,
    body: Vec<u8>,
    set_id: &str,
    headers: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = app
        .child_client()
        .put(format!("{}/api/submissions/{id}", app.child))
        .header("x-recipient-set", set_id)
        .header("content-type", "application/octet-stream");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.body(body).send().await.unwrap()
}

async fn stored_readers(app: &TestApp, id: &SubmissionId) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT r.recipient FROM submission_recipients r JOIN submissions s \
         ON s.seq = r.submission_seq WHERE s.public_id = $1 ORDER BY r.recipient",
    )
    .bind(id.as_str())
    .fetch_all(app.store.pool())
    .await
    .unwrap()
}

async fn with_place(app: &TestApp) -> (i64, String) {
    let north = app
        .store
        .add_facility(PLACE, None, &[("en".into(), "North House".into())])
        .await
        .unwrap();
    let token = add_kiosk(app, &[]).rsplit('/').next().unwrap().to_owned();
    (north, token)
}

#[tokio::test]
async fn a_kept_send_sealed_before_a_reader_was_added_arrives_for_its_own_readers() {
    let app = spawn_app().await;
    let (_, token) = with_place(&app).await;
    let ana = app.staff("ana", Role::Reviewer).await;
    let before = readers_now(&app).await;
    let (id, body, routing) = kept_send(&app, &before).await;
    let ben = app.staff("ben", Role::Reviewer).await;
    let after = readers_now(&app).await;
    assert_ne!(after.set_id, before.set_id, "ben is a reader now");
    assert!(after.recipients.contains(&ben.recipient));

    // A phone's send sealed to the earlier set is refused (its browser seals afresh), even if
    // it names the earlier keys in clear: only a kiosk's sealed routing can.
    let clear = [(SEALED_TO_HEADER, before.recipients.join(" "))];
    let clear: Vec<(&str, &str)> = clear.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let phone = deliver(&app, &id, body.clone(), &before.set_id, &clear).await;
    assert_eq!(phone.status(), 409);
    assert_eq!(app.submission_count().await, 0);

    let kiosk = [
        ("x-kiosk-queue", token.as_str()),
        (ROUTING_HEADER, routing.as_str()),
    ];
    let r = deliver(&app, &id, body, &before.set_id, &kiosk).await;
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    let mut expected = before.recipients.clone();
    expected.sort();
    assert_eq!(stored_readers(&app, &id).await, expected);
    assert!(expected.contains(&ana.recipient) && !expected.contains(&ben.recipient));
}

#[tokio::test]
async fn a_kept_send_sealed_to_a_reader_shielded_since_is_refused() {
    let app = spawn_app().await;
    let (north, token) = with_place(&app).await;
    let ana = app.staff("ana", Role::Reviewer).await;
    let _ben = app.staff("ben", Role::Reviewer).await;
    let before = readers_now(&app).await;
    assert!(before.recipients.contains(&ana.recipient));
    let (id, body, routing) = kept_send(&app, &before).await;
    // While the kiosk was offline, ana declared that she works at the north house.
    app.store
        .affiliate(ana.account, &AffiliationTarget::Facility(north), true)
        .await
        .unwrap();
    let kiosk = [
        ("x-kiosk-queue", token.as_str()),
        (ROUTING_HEADER, routing.as_str()),
    ];
    let r = deliver(&app, &id, body.clone(), &before.set_id, &kiosk).await;
    assert_eq!(r.status(), 409);
    let error: ApiError = r.json().await.unwrap();
    assert_eq!(error.error, ApiErrorCode::RecipientsChanged);
    assert_eq!(app.submission_count().await, 0, "ana could have read it");

    // A sealed routing that names keys other than the set the send says it was sealed to.
    let after = readers_now(&app).await;
    let (id, body, routing) = kept_send(&app, &after).await;
    let kiosk = [
        ("x-kiosk-queue", token.as_str()),
        (ROUTING_HEADER, routing.as_str()),
    ];
    let r = deliver(&app, &id, body, &before.set_id, &kiosk).await;
    assert_eq!(r.status(), 409);
    assert_eq!(app.submission_count().await, 0);

    // It stays on the kiosk: the operator is told, by its status only.
    let metrics = app.metrics().await;
    assert!(
        metrics.contains(r#"heard_kiosk_kept_refused_total{status="409"}"#),
        "{metrics}"
    );
    assert!(!metrics.contains(&token), "no kiosk is named");
}

/// A sealed routing proves nothing about who wrote it (the outbox key is public): someone holding
/// a kept send and the kiosk's token must not re-label its place — "no place" has every reviewer
/// as a reader, those shielded from the named place too — nor choose some of the readers.
#[tokio::test]
async fn a_kept_send_cannot_be_relabelled_or_given_chosen_readers() {
    let app = spawn_app().await;
    let (north, token) = with_place(&app).await;
    let ana = app.staff("ana", Role::Reviewer).await;
    let ben = app.staff("ben", Role::Reviewer).await;
    app.store
        .affiliate(ana.account, &AffiliationTarget::Facility(north), true)
        .await
        .unwrap();
    let for_north = readers_now(&app).await;
    assert!(
        !for_north.recipients.contains(&ana.recipient),
        "ana is shielded"
    );
    let _eva = app.staff("eva", Role::Reviewer).await; // the readers change
    let keys = for_north.recipients.join(" ");
    let kiosk = |routing: &str| {
        vec![
            ("x-kiosk-queue", token.clone()),
            (ROUTING_HEADER, routing.to_owned()),
        ]
    };
    // The north house's send, re-labelled as naming no place.
    let (id, body, routing) = kept_send_routed(
        &app,
        &for_north,
        &[("x-place", ""), (SEALED_TO_HEADER, &keys)],
    )
    .await;
    let pairs = kiosk(&routing);
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let r = deliver(&app, &id, body, &for_north.set_id, &pairs).await;
    assert_eq!(r.status(), 409, "re-labelled: refused");
    // Only ben, a reader of the north house, named as the whole set (no ticket issued for it).
    let only_ben = RecipientsResponse {
        recipients: vec![ben.recipient.clone()],
        set_id: RecipientSet::parse(std::slice::from_ref(&ben.recipient))
            .unwrap()
            .id(),
        ..for_north.clone()
    };
    let (id, body, routing) = kept_send_routed(
        &app,
        &only_ben,
        &[
            ("x-place", PLACE),
            (SEALED_TO_HEADER, ben.recipient.as_str()),
        ],
    )
    .await;
    let pairs = kiosk(&routing);
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let r = deliver(&app, &id, body, &only_ben.set_id, &pairs).await;
    assert_eq!(r.status(), 409, "a chosen reader: refused");
    assert_eq!(app.submission_count().await, 0);
    // The same send with its place as sealed by the page arrives, for the north house's readers.
    let (id, body, routing) = kept_send(&app, &for_north).await;
    let pairs = kiosk(&routing);
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let r = deliver(&app, &id, body, &for_north.set_id, &pairs).await;
    assert_eq!(r.status(), 201);
    assert!(!stored_readers(&app, &id).await.contains(&ana.recipient));
}

/// A kept send's routing is sealed for that send (its id and body): lifted onto another id, or
/// onto other ciphertext under the same id, it counts for nothing — nobody holding the kiosk's
/// outbox can give a send of their own a child's place, urgency or return code.
#[tokio::test]
async fn a_kept_sends_routing_cannot_be_lifted_onto_another_send() {
    let app = spawn_app().await;
    let (_, token) = with_place(&app).await;
    let _ana = app.staff("ana", Role::Reviewer).await;
    let set = readers_now(&app).await;
    let (id, body, routing) = kept_send(&app, &set).await;
    let (other_id, other_body, _) = kept_send(&app, &set).await;
    let kiosk = [
        ("x-kiosk-queue", token.as_str()),
        (ROUTING_HEADER, routing.as_str()),
    ];
    for (to, with) in [(&other_id, body.clone()), (&id, other_body)] {
        let r = deliver(&app, to, with, &set.set_id, &kiosk).await;
        assert_eq!(r.status(), 400);
        let error: ApiError = r.json().await.unwrap();
        assert_eq!(error.error, ApiErrorCode::BadForm);
    }
    assert_eq!(app.submission_count().await, 0);
    let r = deliver(&app, &id, body, &set.set_id, &kiosk).await;
    assert_eq!(r.status(), 201, "its own send arrives");
}
