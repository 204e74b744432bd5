//! The retaliation shield: a case naming a facility is sealed to nobody affiliated with it, and
//! the server never shows it — not its content, ciphertext, notes, or existence — to anyone
//! affiliated, even when the affiliation is declared after the case arrived.

use crate::support::console::{code, signed_in_as};
use crate::support::staff::Staff;
use crate::support::{spawn_app, TestApp};
use app::api::console::{CasePage, ShareCandidates};
use app::api::RecipientsResponse;
use app::domain::SubmissionId;
use app::sealing::{open, reseal, RecipientSet};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use heard::accounts::Role;
use heard::store::AffiliationTarget;
use std::str::FromStr;

async fn recipients(app: &TestApp, place: &str) -> reqwest::Response {
    app.child_client()
        .get(format!("{}/api/recipients?place={place}", app.child))
        .header("accept-language", "es")
        .send()
        .await
        .unwrap()
}

pub(crate) async fn send_naming(app: &TestApp, place: &str) -> SubmissionId {
    let (id, id_token) = app.nojs_ticket().await;
    let r = app
        .child_client()
        .post(format!("{}/send", app.child))
        .form(&[
            ("submission_id", id.as_str()),
            ("form_token", id_token.as_str()),
            ("text", "about the place I live"),
            ("place", place),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    id
}

async fn status(who: &Staff, path: &str) -> u16 {
    who.get(path).await.status().as_u16()
}

async fn listed(who: &Staff) -> Vec<String> {
    let page: CasePage = who.get_json("/console/api/cases").await;
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
    let ana = app.staff("ana", Role::Reviewer).await;
    let ben = app.staff("ben", Role::Reviewer).await;
    let eva = app.staff("eva", Role::Reviewer).await;
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
    assert_eq!(status(&ana, &path).await, 404);
    assert_eq!(status(&ben, &path).await, 200);
    assert!(listed(&ana).await.is_empty());
    assert_eq!(listed(&ben).await, [about_north.as_str()]);

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
    assert_eq!(status(&ben, &path).await, 404);
    assert!(listed(&ben).await.is_empty(), "not even its existence");
}

async fn post(app: &TestApp, who: &Staff, path: &str, share_with: &str, body: Vec<u8>) -> u16 {
    app.child_client()
        .post(format!("{}{path}", app.console))
        .header("cookie", &who.cookie)
        .header("x-csrf-token", &who.csrf)
        .header("x-share-with", share_with)
        .header("x-step-up", code(&who.totp, 0))
        .body(body)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_case_is_shared_only_with_eligible_readers_and_a_recusal_ends_access() {
    let app = spawn_app().await;
    let north = app
        .store
        .add_facility("casa-norte", None, &[("en".into(), "North House".into())])
        .await
        .unwrap();
    let ana = app.staff("ana", Role::Reviewer).await;
    let ben = app.staff("ben", Role::Reviewer).await;
    app.store
        .affiliate(ana.account, &AffiliationTarget::Facility(north), true)
        .await
        .unwrap();
    let id = send_naming(&app, "casa-norte").await;
    let cris = app.staff("cris", Role::Reviewer).await;
    let path = format!("/console/api/cases/{}", id.as_str());

    let offered: ShareCandidates = ben.get_json(&format!("{path}/share")).await;
    let handles: Vec<&str> = offered
        .candidates
        .iter()
        .map(|c| c.handle.as_str())
        .collect();
    assert_eq!(handles, ["cris"], "never Ana, who works at the place");

    // Ben re-seals a copy as his browser would: to the new reader only.
    let stored = app.store.submissions().await.unwrap()[0].ciphertext.clone();
    let ben_key = age::x25519::Identity::from_str(&ben.identity).unwrap();
    let reseal_to = |extra: &str| {
        reseal(
            &stored,
            &ben_key,
            &id,
            &RecipientSet::parse(&[extra]).unwrap(),
        )
        .unwrap()
        .into_bytes()
    };
    let refused = post(
        &app,
        &ben,
        &format!("{path}/share"),
        "ana",
        reseal_to(&ana.recipient),
    )
    .await;
    assert_eq!(
        refused, 400,
        "sharing with an affiliated reviewer is refused"
    );
    assert!(!app
        .store
        .submission_recipients(&id)
        .await
        .unwrap()
        .contains(&ana.recipient));
    let shared = post(
        &app,
        &ben,
        &format!("{path}/share"),
        "cris",
        reseal_to(&cris.recipient),
    )
    .await;
    assert_eq!(shared, 204);
    assert_eq!(status(&cris, &path).await, 200);
    assert_eq!(
        app.store.submissions().await.unwrap()[0].ciphertext,
        stored,
        "the child's original is never rewritten"
    );
    let detail: app::api::console::CaseDetail = cris.get_json(&path).await;
    assert_eq!(detail.case.summary.shared_by.as_deref(), Some("ben"));
    let copy = BASE64.decode(&detail.case.ciphertext).unwrap();
    let opened = open(&copy, &cris.identity, &id).unwrap();
    assert_eq!(opened.text, "about the place I live");
    assert_eq!(
        opened.place.as_deref(),
        Some("casa-norte"),
        "the place is sealed inside"
    );

    assert_eq!(
        post(&app, &ben, &format!("{path}/recuse"), "", vec![]).await,
        204
    );
    assert_eq!(status(&ben, &path).await, 404);
    assert!(listed(&ben).await.is_empty());
    // What is written on the case from now on (notes, replies) is no longer sealed to Ben.
    let detail: app::api::console::CaseDetail = cris.get_json(&path).await;
    assert!(detail.recipients.contains(&cris.recipient));
    assert!(
        !detail.recipients.contains(&ben.recipient),
        "{:?}",
        detail.recipients
    );
    let actions = app.audit_actions().await;
    assert!(
        actions.contains(&"case.share".to_owned()) && actions.contains(&"case.recuse".to_owned())
    );
}

#[tokio::test]
async fn the_auditors_facility_proof_shows_a_breach_and_where_the_shield_held() {
    let app = spawn_app().await;
    for code in ["casa-norte", "casa-sur"] {
        app.store
            .add_facility(code, None, &[("en".into(), code.into())])
            .await
            .unwrap();
    }
    let ben = app.staff("ben", Role::Reviewer).await;
    // An admin adds a key of no account: nobody can say where its holder works.
    let extra = age::x25519::Identity::generate().to_public().to_string();
    let added = crate::support::heard(
        app.data_dir.path(),
        &["recipients", "add", &extra, "--label", "partner-ngo"],
    );
    assert!(added.status.success());
    assert!(String::from_utf8_lossy(&added.stderr)
        .contains("the retaliation shield cannot leave it out"));
    let about_north = send_naming(&app, "casa-norte").await;
    send_naming(&app, "casa-sur").await;
    // Ben reads the north case, and only then declares that he works there.
    assert_eq!(listed(&ben).await.len(), 2);
    let north = app.store.facility_id("casa-norte").await.unwrap().unwrap();
    app.store
        .affiliate(ben.account, &AffiliationTarget::Facility(north), false)
        .await
        .unwrap();

    let (_, proofs) = app.store.facility_proofs().await.unwrap();
    let by_code = |code: &str| proofs.iter().find(|p| p.code == code).unwrap().clone();
    let north_proof = by_code("casa-norte");
    assert!(!north_proof.held());
    assert_eq!(
        north_proof.received,
        [("ben".to_owned(), about_north.as_str().to_owned())]
    );
    assert_eq!(
        north_proof.read,
        [("ben".to_owned(), about_north.as_str().to_owned())]
    );
    assert!(by_code("casa-sur").held());
    assert_eq!(
        north_proof.unaccounted,
        [("partner-ngo".to_owned(), about_north.as_str().to_owned())],
        "a key of no account is listed as a reader"
    );

    let auditor = signed_in_as(&app, "audrey", Role::Auditor).await;
    let page = app
        .child_client()
        .get(format!("{}/console/audit/facilities", app.console))
        .header("cookie", &auditor)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("BREACH") && page.contains("Held"), "{page}");
    assert!(page.contains("partner-ngo"), "{page}");
    assert!(page.contains("The audit chain is intact"), "{page}");
}

#[tokio::test]
async fn a_reviewer_declares_an_affiliation_in_the_console_and_is_left_out_from_then_on() {
    let app = spawn_app().await;
    app.store
        .add_facility(
            "casa-norte",
            Some("hope-org"),
            &[("es".into(), "Casa Norte".into())],
        )
        .await
        .unwrap();
    let ana = app.staff("ana", Role::Reviewer).await;
    let declare = |token: &str, target: &str| {
        app.child_client()
            .post(format!("{}/console/affiliations", app.console))
            .header("cookie", &ana.cookie)
            .header("accept-language", "es")
            .form(&[("csrf", token), ("target", target)])
            .send()
    };
    let page = app
        .child_client()
        .get(format!("{}/console/affiliations", app.console))
        .header("cookie", &ana.cookie)
        .header("accept-language", "es")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Casa Norte") && page.contains("operator:hope-org"),
        "{page}"
    );
    assert_eq!(
        declare("forged", "facility:casa-norte")
            .await
            .unwrap()
            .status(),
        403
    );
    let unknown = declare(&ana.csrf, "facility:nowhere").await.unwrap();
    assert_eq!(unknown.status(), 400);
    assert!(unknown.text().await.unwrap().contains("No se cambió nada"));
    let before: RecipientsResponse = recipients(&app, "casa-norte").await.json().await.unwrap();
    assert!(before.recipients.contains(&ana.recipient));

    let declared = declare(&ana.csrf, "operator:hope-org").await.unwrap();
    assert_eq!(declared.status(), 200);
    assert!(declared.text().await.unwrap().contains("sin confirmar"));
    let after: RecipientsResponse = recipients(&app, "casa-norte").await.json().await.unwrap();
    assert!(
        !after.recipients.contains(&ana.recipient),
        "left out at once, before confirmation"
    );
    let entries = app.store.audit_entries().await.unwrap();
    assert!(entries.iter().any(|e| e.action == "affiliation.declare"));
}
