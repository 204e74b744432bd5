//! Written answers to a consultation's free-text question: ciphertext only at rest (the words in
//! no data file and no log line), sealed to the consultation's leads only and opened by the
//! reference `age` tool with a lead's key; the browser's sealed send checked before it is kept;
//! quotes published only once a person approved them and only with the results; a disclosure
//! turned into a case the reviewers read and the lead cannot.

use crate::consultations::{definition, location, Child};
use crate::support::{canary, contains, log, spawn_app, TestApp};
use app::api::console::CasePage;
use app::api::consultations::{CaseRecipients, WrittenAnswers};
use app::consultation::{seal_written_answer, Definition, QuestionDef};
use app::domain::{ChildWords, NamedPlace, SealedIn, SubmissionId};
use app::sealing::{open, reseal, RecipientSet};
use app::vocabulary::QuestionKind;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use heard::accounts::Role;
use heard::store::Day;

const SKIP: &[(&str, &str)] = &[("answer", "skip")];

/// The example consultation with a fourth question: free text.
fn with_written(id: &str) -> Definition {
    let mut d = definition(id);
    d.questions.push(QuestionDef {
        key: "say".into(),
        kind: QuestionKind::FreeText,
        icon: "✏️".into(),
        options: vec![],
    });
    for texts in d.texts.values_mut() {
        texts.insert("q-say".into(), "Anything else you want to tell us?".into());
    }
    d
}

async fn add(app: &TestApp, d: &Definition) {
    let added = app.store.add_consultation(d, &Day::today()).await.unwrap();
    assert_eq!(added, heard::store::Added::Added);
}

/// A child who skips the three choice questions and is then at the written one.
async fn at_written<'a>(app: &'a TestApp, id: &str) -> Child<'a> {
    let mut child = Child::new(app);
    let started = child
        .post(&format!("/consult/{id}/start"), &[("age", "15_to_17")])
        .await;
    assert_eq!(started.status(), 303);
    for n in 1..=3 {
        child.post(&format!("/consult/{id}/q/{n}"), SKIP).await;
    }
    child
}

async fn written_rows(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM consultation_written")
        .fetch_one(app.store.pool())
        .await
        .unwrap()
}

async fn sealed_rows(app: &TestApp) -> Vec<(String, Vec<u8>)> {
    sqlx::query_as("SELECT public_id, sealed FROM consultation_written ORDER BY public_id")
        .fetch_all(app.store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_written_answer_is_ciphertext_at_rest_and_the_age_tool_opens_it_for_a_lead() {
    let app = spawn_app().await;
    let lead = app.staff("lead", Role::ConsultationLead).await;
    add(&app, &with_written("food")).await;
    // A lead's key reads consultations, never cases: it is not among a message's recipients.
    let intake = app.recipients().await;
    assert!(!intake.recipients.contains(&lead.recipient));
    let mut child = at_written(&app, "food").await;
    let page = child.get("/consult/food/q/4").await.text().await.unwrap();
    assert!(
        page.contains("<textarea") && page.contains("data-seal-to=\"/consult/food/q/4/sealed\"")
    );
    assert!(
        page.contains(&lead.recipient),
        "the browser seals to the lead"
    );
    let words = canary("written");
    let r = child
        .post(
            "/consult/food/q/4",
            &[("answer", "next"), ("words", &words)],
        )
        .await;
    assert_eq!(location(&r), "/consult/food/thanks");
    let rows = sealed_rows(&app).await;
    assert_eq!(rows.len(), 1);
    let readers: Vec<String> =
        sqlx::query_scalar("SELECT recipient FROM consultation_written_readers")
            .fetch_all(app.store.pool())
            .await
            .unwrap();
    assert_eq!(
        readers,
        std::slice::from_ref(&lead.recipient),
        "the leads' keys only"
    );
    for (path, bytes) in app.data_files() {
        assert!(!contains(&bytes, &words), "plaintext in {}", path.display());
    }
    assert!(!log().text().contains(&words), "plaintext in the log");
    // Counted as written beside the skips, nothing more.
    let written: i64 = sqlx::query_scalar(
        "SELECT count FROM consultation_counts WHERE option = 'written' AND dimension = 'language'",
    )
    .fetch_one(app.store.pool())
    .await
    .unwrap();
    assert_eq!(written, 1);
    // The reference tool opens it with the lead's identity.
    let plain = crate::support::age_decrypt(&lead.identity, &rows[0].1);
    let envelope: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    assert_eq!(envelope["text"], words.as_str());
    assert_eq!(envelope["submission_id"], rows[0].0.as_str());
    assert_eq!(envelope["sealed_in"], "server");
    // The recovery key (which opens every case) cannot open it.
    let recovery = open(
        &rows[0].1,
        &app.recovery_identity,
        &SubmissionId::parse(&rows[0].0).unwrap(),
    );
    assert!(recovery.is_err());
}

#[tokio::test]
async fn with_no_lead_key_a_free_text_question_offers_only_to_skip_it() {
    let app = spawn_app().await;
    add(&app, &with_written("food")).await;
    let mut child = at_written(&app, "food").await;
    let page = child.get("/consult/food/q/4").await.text().await.unwrap();
    assert!(!page.contains("<textarea") && !page.contains("data-seal-to"));
    assert!(page.contains("not possible right now"));
    let r = child
        .post(
            "/consult/food/q/4",
            &[("answer", "next"), ("words", "hello")],
        )
        .await;
    assert_eq!(r.status(), 400);
    assert_eq!(written_rows(&app).await, 0);
    let r = child.post("/consult/food/q/4", SKIP).await;
    assert_eq!(location(&r), "/consult/food/thanks");
}

#[tokio::test]
async fn a_browser_sealed_answer_is_checked_before_it_is_kept() {
    let app = spawn_app().await;
    let lead = app.staff("lead", Role::ConsultationLead).await;
    add(&app, &with_written("food")).await;
    let set = RecipientSet::parse(std::slice::from_ref(&lead.recipient)).unwrap();
    let sealed = |text: &str| {
        let words = ChildWords::parse(text.into()).unwrap();
        seal_written_answer(words, "en", NamedPlace::Unsaid, SealedIn::Browser, &set).unwrap()
    };
    let put = |child: &Child, n: usize, id: &str, set_id: &str, body: Vec<u8>| {
        let mut request = app
            .child_client()
            .put(format!("{}/consult/food/q/{n}/sealed/{id}", app.child))
            .header("x-recipient-set", set_id)
            .body(body);
        if let Some(c) = &child.cookie {
            request = request.header("cookie", c);
        }
        request.send()
    };
    let (id, file) = sealed("the browser's words");
    // Not started: refused.
    let stranger = Child::new(&app);
    let r = put(
        &stranger,
        4,
        id.as_str(),
        &set.id(),
        file.as_bytes().to_vec(),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 400);
    let mut child = Child::new(&app);
    child
        .post("/consult/food/start", &[("age", "not_said")])
        .await;
    // At a choice question: refused.
    let r = put(&child, 1, id.as_str(), &set.id(), file.as_bytes().to_vec())
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    for n in 1..=3 {
        child.post(&format!("/consult/food/q/{n}"), SKIP).await;
    }
    for (sid, set_id, body, status) in [
        (id.as_str(), "not-the-set", file.as_bytes().to_vec(), 409),
        (id.as_str(), set.id().as_str(), b"plain words".to_vec(), 400),
        (
            "not-an-id",
            set.id().as_str(),
            file.as_bytes().to_vec(),
            400,
        ),
    ] {
        let r = put(&child, 4, sid, set_id, body).await.unwrap();
        assert_eq!(r.status(), status, "{sid} {set_id}");
        let refusal: serde_json::Value = r.json().await.unwrap();
        assert!(refusal["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    assert_eq!(
        written_rows(&app).await,
        0,
        "nothing kept from a refused send"
    );
    let r = put(&child, 4, id.as_str(), &set.id(), file.as_bytes().to_vec())
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let next: serde_json::Value = r.json().await.unwrap();
    assert_eq!(next["next"], "/consult/food/thanks");
    let rows = sealed_rows(&app).await;
    assert_eq!(rows, [(id.as_str().to_owned(), file.as_bytes().to_vec())]);
    // Once: the flow has moved on.
    let (again, file) = sealed("twice");
    let r = put(&child, 4, again.as_str(), &set.id(), file.into_bytes())
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(written_rows(&app).await, 1);
}

#[tokio::test]
async fn a_lead_approves_quotes_and_turns_a_disclosure_into_a_case_only_reviewers_read() {
    let app = spawn_app().await;
    let lead = app.staff("lead", Role::ConsultationLead).await;
    let other_lead = app.staff("lead2", Role::ConsultationLead).await;
    let reviewer = app.staff("reviewer", Role::Reviewer).await;
    let mut d = with_written("food");
    d.min_group = Some(5);
    add(&app, &d).await;
    let (fine, harm) = (canary("fine"), canary("harm"));
    for words in [&fine, &harm] {
        let mut child = at_written(&app, "food").await;
        child
            .post("/consult/food/q/4", &[("answer", "next"), ("words", words)])
            .await;
    }
    let api = "/console/api/consultations/food/written";
    // Sealed to both leads (each has a key); a reviewer may not list them.
    assert_eq!(reviewer.get(api).await.status(), 403);
    let list: WrittenAnswers = lead.get_json(api).await;
    assert_eq!(list.answers.len(), 2);
    let opened: Vec<(String, String)> = list
        .answers
        .iter()
        .map(|a| {
            let bytes = BASE64.decode(&a.ciphertext).unwrap();
            let id = SubmissionId::parse(&a.id).unwrap();
            (
                a.id.clone(),
                open(&bytes, &lead.identity, &id).unwrap().text,
            )
        })
        .collect();
    let answer_of = |w: &str| opened.iter().find(|(_, t)| t == w).unwrap().0.clone();
    let (fine_id, harm_id) = (answer_of(&fine), answer_of(&harm));
    assert!(app
        .audit_actions()
        .await
        .contains(&"consultation.written.read".to_owned()));

    // Quotes: checked, and refused when malformed.
    let quote = format!("{api}/{fine_id}/quote");
    let long = "x".repeat(601);
    for bad in [
        serde_json::json!({"quote": "  "}),
        serde_json::json!({"quote": long}),
        serde_json::json!({}),
    ] {
        assert_eq!(lead.post_json(&quote, &bad).await.status(), 400);
    }
    let unknown = format!("{api}/{}/quote", SubmissionId::generate().as_str());
    let body = serde_json::json!({"quote": "The food could be warmer."});
    assert_eq!(lead.post_json(&unknown, &body).await.status(), 404);
    assert_eq!(lead.post_json(&quote, &body).await.status(), 204);

    // A disclosure: re-sealed in the lead's browser to the reviewers, the shield applied.
    let to: CaseRecipients = lead
        .get_json("/console/api/consultations/case-recipients?place=unsaid")
        .await;
    assert!(to.recipients.contains(&reviewer.recipient));
    assert!(!to.recipients.contains(&lead.recipient));
    let harm_answer = list.answers.iter().find(|a| a.id == harm_id).unwrap();
    let identity: age::x25519::Identity = lead.identity.trim().parse().unwrap();
    let set = RecipientSet::parse(&to.recipients).unwrap();
    let bytes = BASE64.decode(&harm_answer.ciphertext).unwrap();
    let id = SubmissionId::parse(&harm_id).unwrap();
    let resealed = reseal(&bytes, &identity, &id, &set).unwrap().into_bytes();
    let case = format!("{api}/{harm_id}/case");
    let post = |who: &crate::support::staff::Staff, set_id: &str, body: Vec<u8>| {
        reqwest::Client::new()
            .post(format!("{}{case}", app.console))
            .header("cookie", &who.cookie)
            .header("x-csrf-token", &who.csrf)
            .header("x-place", "unsaid")
            .header("x-recipient-set", set_id)
            .body(body)
            .send()
    };
    assert_eq!(
        post(&lead, "stale", resealed.clone())
            .await
            .unwrap()
            .status(),
        409
    );
    assert_eq!(
        post(&lead, &to.set_id, b"words".to_vec())
            .await
            .unwrap()
            .status(),
        400
    );
    assert_eq!(
        post(&reviewer, &to.set_id, resealed.clone())
            .await
            .unwrap()
            .status(),
        403
    );
    assert_eq!(
        app.submission_count().await,
        0,
        "nothing stored by a refusal"
    );
    assert_eq!(
        post(&lead, &to.set_id, resealed.clone())
            .await
            .unwrap()
            .status(),
        204
    );
    // The reviewer reads it as a case; it left the consultation; the lead cannot read cases.
    let cases: CasePage = reviewer.get_json("/console/api/cases").await;
    let item = cases
        .cases
        .iter()
        .find(|c| c.summary.id == harm_id)
        .expect("a case");
    let case_bytes = BASE64.decode(&item.ciphertext).unwrap();
    assert_eq!(
        open(&case_bytes, &reviewer.identity, &id).unwrap().text,
        harm
    );
    assert_eq!(lead.get("/console/api/cases").await.status(), 403);
    let list: WrittenAnswers = other_lead.get_json(api).await;
    assert_eq!(
        list.answers.len(),
        1,
        "the disclosure left the consultation"
    );
    assert_eq!(
        post(&lead, &to.set_id, resealed).await.unwrap().status(),
        404
    );
    let actions = app.audit_actions().await;
    for action in ["consultation.quote", "consultation.disclosure"] {
        assert!(actions.contains(&action.to_owned()), "{action}");
    }

    // The quote is published with the results only: after close, and where k or more answered.
    let results = "/consult/food/results";
    let child = Child::new(&app);
    assert_eq!(child.get(results).await.status(), 404);
    app.store
        .close_consultation("food", &Day::today())
        .await
        .unwrap();
    let few = child.get(results).await.text().await.unwrap();
    assert!(!few.contains("The food could be warmer."), "2 answers < k");
    let questions = app.store.questions(1).await.unwrap();
    let say = questions.iter().find(|q| q.key == "say").unwrap();
    let groups = [(app::vocabulary::Dimension::Language, "en".to_owned())];
    for _ in 0..5 {
        app.store
            .count_answer(say.id, &groups, &[app::consultation::WRITTEN.to_owned()])
            .await
            .unwrap();
    }
    let shown = child.get(results).await.text().await.unwrap();
    assert!(shown.contains("The food could be warmer."));
    assert!(!shown.contains(&fine) && !shown.contains(&harm));
}

#[tokio::test]
async fn retention_deletes_a_closed_consultations_written_answers_and_audits_it() {
    let app = spawn_app().await;
    app.staff("lead", Role::ConsultationLead).await;
    add(&app, &with_written("food")).await;
    let mut child = at_written(&app, "food").await;
    child
        .post(
            "/consult/food/q/4",
            &[("answer", "next"), ("words", "kept a while")],
        )
        .await;
    assert_eq!(written_rows(&app).await, 1);
    let today = Day::today();
    let none = app.store.purge_expired_written(&today, 30).await.unwrap();
    assert!(none.is_empty(), "still open: kept");
    app.store.close_consultation("food", &today).await.unwrap();
    let later = today.plus_days(31);
    let purged = app.store.purge_expired_written(&later, 30).await.unwrap();
    assert_eq!(purged, [("food".to_owned(), 1)]);
    assert_eq!(written_rows(&app).await, 0);
    assert!(app
        .audit_actions()
        .await
        .contains(&"consultation.written.deleted".to_owned()));
    // The counts stay: the results do not depend on the words.
    let counted: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultation_counts")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert!(counted > 0);
}

#[tokio::test]
async fn a_written_answer_is_refused_with_nothing_stored_once_the_storage_budget_is_spent() {
    let mut options = crate::support::Options::default();
    options.flood.storage_budget_mb = 0;
    let app = crate::support::spawn_app_with(options).await;
    app.staff("lead", Role::ConsultationLead).await;
    add(&app, &with_written("food")).await;
    let mut child = at_written(&app, "food").await;
    let r = child
        .post(
            "/consult/food/q/4",
            &[("answer", "next"), ("words", "no room")],
        )
        .await;
    assert_eq!(r.status(), 503);
    assert_eq!(written_rows(&app).await, 0);
    let written: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM consultation_counts WHERE option = 'written'")
            .fetch_one(app.store.pool())
            .await
            .unwrap();
    assert_eq!(written, 0, "not counted either");
    // The child can still go on without it.
    let r = child.post("/consult/food/q/4", SKIP).await;
    assert_eq!(location(&r), "/consult/food/thanks");
}

#[tokio::test]
async fn a_disclosure_about_a_place_never_reaches_a_reviewer_affiliated_with_it() {
    let app = spawn_app().await;
    let north = app
        .store
        .add_facility("casa-norte", None, &[("en".into(), "North House".into())])
        .await
        .unwrap();
    let lead = app.staff("lead", Role::ConsultationLead).await;
    let ana = app.staff("ana", Role::Reviewer).await;
    let ben = app.staff("ben", Role::Reviewer).await;
    app.store
        .affiliate(
            ana.account,
            &heard::store::AffiliationTarget::Facility(north),
            true,
        )
        .await
        .unwrap();
    add(&app, &with_written("food")).await;
    let mut child = Child::new(&app);
    child
        .post(
            "/consult/food/start",
            &[("age", "15_to_17"), ("place", "casa-norte")],
        )
        .await;
    for n in 1..=3 {
        child.post(&format!("/consult/food/q/{n}"), SKIP).await;
    }
    let words = canary("about north");
    child
        .post(
            "/consult/food/q/4",
            &[("answer", "next"), ("words", &words)],
        )
        .await;
    let list: WrittenAnswers = lead
        .get_json("/console/api/consultations/food/written")
        .await;
    let answer = &list.answers[0];
    let id = SubmissionId::parse(&answer.id).unwrap();
    let bytes = BASE64.decode(&answer.ciphertext).unwrap();
    let opened = open(&bytes, &lead.identity, &id).unwrap();
    assert_eq!(
        opened.place.as_deref(),
        Some("casa-norte"),
        "the place sealed inside"
    );
    let to: CaseRecipients = lead
        .get_json("/console/api/consultations/case-recipients?place=casa-norte")
        .await;
    assert!(!to.recipients.contains(&ana.recipient), "ana works there");
    assert!(to.recipients.contains(&ben.recipient));
    // Re-sealed to a set that includes the affiliated reviewer: refused, nothing stored.
    let identity: age::x25519::Identity = lead.identity.trim().parse().unwrap();
    let mut widened = to.recipients.clone();
    widened.push(ana.recipient.clone());
    let wide = RecipientSet::parse(&widened).unwrap();
    let resealed = reseal(&bytes, &identity, &id, &wide).unwrap().into_bytes();
    let r = reqwest::Client::new()
        .post(format!(
            "{}/console/api/consultations/food/written/{}/case",
            app.console, answer.id
        ))
        .header("cookie", &lead.cookie)
        .header("x-csrf-token", &lead.csrf)
        .header("x-place", "casa-norte")
        .header("x-recipient-set", wide.id())
        .body(resealed)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    assert_eq!(app.submission_count().await, 0);
    // Sealed to the shield's set: a case ana cannot read and ben can.
    let set = RecipientSet::parse(&to.recipients).unwrap();
    let resealed = reseal(&bytes, &identity, &id, &set).unwrap().into_bytes();
    let r = reqwest::Client::new()
        .post(format!(
            "{}/console/api/consultations/food/written/{}/case",
            app.console, answer.id
        ))
        .header("cookie", &lead.cookie)
        .header("x-csrf-token", &lead.csrf)
        .header("x-place", "casa-norte")
        .header("x-recipient-set", to.set_id.as_str())
        .body(resealed)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let cases: CasePage = ben.get_json("/console/api/cases").await;
    assert!(cases.cases.iter().any(|c| c.summary.id == answer.id));
    let cases: CasePage = ana.get_json("/console/api/cases").await;
    assert!(cases.cases.iter().all(|c| c.summary.id != answer.id));
}
