//! On PostgreSQL each server keeps the readers of new cases between sends
//! (`store/readers_cache.rs`). A change to who may read a case, made anywhere else — the other
//! server, an admin's CLI — must reach that server's very next case: a send sealed to the old
//! readers is refused and stores nothing, one sealed to the readers of now is taken, and a change
//! that leaves a case's readers as they were refuses nothing. (On SQLite readers are read for
//! every case: each test says so and returns.)

use crate::support::console::cookie;
use crate::support::database::on_postgres;
use crate::support::{age_decrypt, canary, contains, spawn_app, spawn_peer, TestApp};
use app::api::RecipientsResponse;
use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::proof::{header_value, solve};
use app::sealing::{seal, RecipientSet};
use heard::accounts::Role;
use heard::store::AffiliationTarget;

const PLACE: &str = "casa-norte";

/// A send as a browser makes it: readers and a challenge fetched from `from`, the words sealed
/// to those readers, the proof solved. Sent later with [`Prepared::put_to`].
struct Prepared {
    id: SubmissionId,
    body: Vec<u8>,
    session: String,
    proof: String,
    fetched: RecipientsResponse,
}

async fn prepare(from: &TestApp, words: &str) -> Prepared {
    let response = from
        .child_client()
        .get(format!("{}/api/recipients?place={PLACE}", from.child))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let session = cookie(&response).expect("a child session");
    let fetched: RecipientsResponse = response.json().await.unwrap();
    let proof = header_value(
        &fetched.challenge,
        solve(&fetched.challenge, fetched.proof_bits),
    );
    let id = SubmissionId::generate();
    let words = ChildWords::parse(words.to_owned()).unwrap();
    let envelope = Envelope::new(id.clone(), "en", SealedIn::Browser, words);
    let readers = RecipientSet::parse(&fetched.recipients).unwrap();
    let body = seal(envelope, &readers).unwrap().into_bytes();
    Prepared {
        id,
        body,
        session,
        proof,
        fetched,
    }
}

impl Prepared {
    /// The same send again (its answer was lost), with a new proof in its session fetched from
    /// `server`.
    async fn retried_with_a_proof_from(self, server: &TestApp) -> Self {
        Self {
            proof: crate::limits::proof_for(server, &self.session).await,
            ..self
        }
    }

    async fn put_to(&self, server: &TestApp) -> u16 {
        server
            .child_client()
            .put(format!("{}/api/submissions/{}", server.child, self.id))
            .header("cookie", &self.session)
            .header("x-proof", &self.proof)
            .header("x-recipient-set", &self.fetched.set_id)
            .header("x-place", PLACE)
            .body(self.body.clone())
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }
}

/// Two servers on one database, a facility, and reviewers `ana` and `ben` (staff of `a`).
async fn fleet() -> (TestApp, TestApp, i64) {
    let a = spawn_app().await;
    let b = spawn_peer(&a).await;
    let north = a
        .store
        .add_facility(PLACE, None, &[("en".into(), "North House".into())])
        .await
        .unwrap();
    (a, b, north)
}

#[tokio::test]
async fn a_reader_shielded_on_another_server_never_gets_the_next_case() {
    if !on_postgres() {
        return;
    }
    let (a, b, north) = fleet().await;
    let ana = a.staff("ana", Role::Reviewer).await;
    let _ben = a.staff("ben", Role::Reviewer).await;
    // `b` takes a first case about the place, and keeps its readers: ana among them.
    let first = prepare(&b, "a first case").await;
    assert_eq!(first.put_to(&b).await, 201);
    let late = prepare(&b, "sealed before the change").await;
    assert!(late.fetched.recipients.contains(&ana.recipient));
    // A third server has shown a browser the place's readers: it keeps them too.
    let c = spawn_peer(&a).await;
    assert!(c
        .recipients_at(PLACE)
        .await
        .recipients
        .contains(&ana.recipient));

    // Ana is found to work there, and the shield is applied elsewhere (here: the store the
    // other server and the CLI share); `b` is told nothing.
    a.store
        .affiliate(ana.account, &AffiliationTarget::Facility(north), true)
        .await
        .unwrap();

    // The next browser to ask the third server is shown the readers of now.
    let shown = c.recipients_at(PLACE).await.recipients;
    assert!(!shown.contains(&ana.recipient), "{shown:?}");

    // The first case's retry (its answer was lost), still sealed to ana too and with a proof
    // fetched since from the other server: it matches what `b` kept, its insert finds the
    // readers changed, `b` reads them afresh — and answers it as arrived, not as changed.
    let retry = first.retried_with_a_proof_from(&a).await;
    assert_eq!(retry.put_to(&b).await, 200);

    // A new send sealed to ana too is refused (the browser seals again), and nothing of it is
    // stored.
    let before = b.submission_count().await;
    assert_eq!(late.put_to(&b).await, 409, "sealed to a shielded reader");
    assert_eq!(
        b.submission_count().await,
        before,
        "nothing of it is stored"
    );
    assert!(!b.store.submission_exists(&late.id).await.unwrap());

    // Sealed again to the readers of now (fetched from the other server): taken, without ana.
    let again = prepare(&a, "sealed after the change").await;
    assert!(!again.fetched.recipients.contains(&ana.recipient));
    assert_eq!(again.put_to(&b).await, 201);
    let recorded = b.store.submission_recipients(&again.id).await.unwrap();
    assert!(!recorded.contains(&ana.recipient), "{recorded:?}");
}

#[tokio::test]
async fn a_change_that_leaves_a_cases_readers_as_they_were_refuses_nothing() {
    if !on_postgres() {
        return;
    }
    let (a, b, _) = fleet().await;
    let _ana = a.staff("ana", Role::Reviewer).await;
    assert_eq!(prepare(&b, "a first case").await.put_to(&b).await, 201);
    let words = canary("kept readers");
    let next = prepare(&b, &words).await;
    // Changes to who may read some case, but not this one: another facility, and an
    // affiliation with it.
    let south = a
        .store
        .add_facility("casa-sur", None, &[("en".into(), "South House".into())])
        .await
        .unwrap();
    let eva = a.staff("eva", Role::Reviewer).await;
    a.store
        .affiliate(eva.account, &AffiliationTarget::Facility(south), true)
        .await
        .unwrap();
    // Eva's key is new since `next` was sealed: its readers did change. Sealed afresh: taken.
    assert_eq!(next.put_to(&b).await, 409);
    let sealed_again = prepare(&a, &words).await;
    assert!(sealed_again.fetched.recipients.contains(&eva.recipient));
    // Now only the other facility changes: `b`'s kept readers are stale, the case's are not.
    a.store
        .affiliate(
            eva.account,
            &AffiliationTarget::Operator("far-org".into()),
            true,
        )
        .await
        .unwrap();
    assert_eq!(
        sealed_again.put_to(&b).await,
        201,
        "taken at the readers of now"
    );
    assert_eq!(
        sealed_again.put_to(&a).await,
        200,
        "once: the retry on the other server meets it"
    );
    let stored = b.store.submissions().await.unwrap();
    let case = stored
        .iter()
        .find(|s| s.public_id == sealed_again.id)
        .expect("stored");
    assert!(contains(
        &age_decrypt(&a.recovery_identity, &case.ciphertext),
        &words
    ));
}

#[tokio::test]
async fn a_place_retired_on_another_server_takes_no_more_cases() {
    if !on_postgres() {
        return;
    }
    let (a, b, _) = fleet().await;
    let _ana = a.staff("ana", Role::Reviewer).await;
    let first = prepare(&b, "a first case").await;
    assert_eq!(first.put_to(&b).await, 201);
    let late = prepare(&b, "sealed before the place closed").await;
    // The house closes (an admin retires it); `b` still keeps its readers.
    assert!(a.store.retire_facility(PLACE).await.unwrap());
    // The first case's retry (a proof fetched since, elsewhere) is still answered as arrived.
    let retry = first.retried_with_a_proof_from(&a).await;
    assert_eq!(retry.put_to(&b).await, 200);
    let before = b.submission_count().await;
    assert_eq!(late.put_to(&b).await, 400, "no such place any more");
    assert_eq!(b.submission_count().await, before);
}
