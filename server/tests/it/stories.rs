//! Stories under the child's consent: sealed to story editors only; every purpose "no" unless
//! the child says yes; a version is used only word for word as the child approved it (any other
//! words are refused, and words changed in the database are never shown); withdrawal takes it off
//! the public page and away from the editors at once. The helpers here act as the child's browser
//! and the editor's (`story_consent.rs` uses them too).

use crate::support::staff::Staff;
use crate::support::{canary, spawn_app, TestApp};
use app::api::coming_back::{ReturnRequest, ReturnView};
use app::api::stories::{EditorStory, NewVersion, Publish};
use app::api::RecipientsResponse;
use app::domain::{Answers, ChildWords, Choices, Envelope, SealedIn, SubmissionId};
use app::proof::{header_value, solve};
use app::return_code::{identity_text, recipient_of, Derived, ReturnCode};
use app::sealing::{seal, RecipientSet};
use app::story::{Purpose, VersionContent};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use heard::accounts::Role;
use heard::audit::ChainVerdict;
use std::str::FromStr;

pub(crate) async fn recipients(app: &TestApp, query: &str) -> (RecipientsResponse, String) {
    let r = app
        .child_client()
        .get(format!("{}/api/recipients{query}", app.child))
        .send()
        .await
        .unwrap();
    let cookie = crate::support::console::cookie(&r).expect("a child session");
    (r.json().await.unwrap(), cookie)
}

/// A child tells a story from the browser with `terms`; its id and the code's derivation.
pub(crate) async fn tell(app: &TestApp, words: &str, terms: &str) -> (SubmissionId, Derived) {
    tell_about(app, words, terms, "").await
}

/// [`tell`], naming a place (a facility code, or "" for none).
pub(crate) async fn tell_about(
    app: &TestApp,
    words: &str,
    terms: &str,
    place: &str,
) -> (SubmissionId, Derived) {
    let (set, cookie) = recipients(app, &format!("?for=story&place={place}")).await;
    let id = SubmissionId::generate();
    let choices = Choices::parse(Some("story"), [], []).unwrap();
    let answers = Answers::new(
        choices,
        ChildWords::parse_optional(words.into()).unwrap(),
        None,
    );
    let envelope = Envelope::answering(id.clone(), "en", SealedIn::Browser, answers.unwrap());
    let sealed = seal(envelope, &RecipientSet::parse(&set.recipients).unwrap()).unwrap();
    let salt = app.store.return_code_salt().await.unwrap();
    let derived = ReturnCode::generate().derive(&salt);
    let proof = header_value(&set.challenge, solve(&set.challenge, set.proof_bits));
    let r = app
        .child_client()
        .put(format!("{}/api/stories/{id}", app.child))
        .header("cookie", cookie)
        .header("x-proof", proof)
        .header("x-recipient-set", set.set_id)
        .header("x-story-terms", terms)
        .header("x-place", place)
        .header("x-return-token", derived.token.as_str())
        .header("x-child-recipient", recipient_of(&derived))
        .header("content-type", "application/octet-stream")
        .body(sealed.into_bytes())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    (id, derived)
}

pub(crate) async fn child_post(app: &TestApp, path: &str, body: serde_json::Value) -> u16 {
    let r = app
        .child_client()
        .post(format!("{}{path}", app.child))
        .json(&body)
        .send()
        .await
        .unwrap();
    r.status().as_u16()
}

pub(crate) async fn child_view(app: &TestApp, code: &Derived) -> ReturnView {
    let body = serde_json::json!(ReturnRequest {
        token: code.token.to_string()
    });
    let r = app
        .child_client()
        .post(format!("{}/api/return", app.child))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

/// Every story the editor may work on, each opened (the list itself carries no ciphertext).
pub(crate) async fn editor_list(_app: &TestApp, editor: &Staff) -> Vec<EditorStory> {
    let r = editor.get("/console/api/stories").await;
    assert_eq!(r.status(), 200);
    let page: app::api::stories::EditorStoryPage = r.json().await.unwrap();
    let mut opened = vec![];
    for line in page.stories {
        let r = editor
            .get(&format!("/console/api/stories/{}", line.id))
            .await;
        assert_eq!(r.status(), 200);
        opened.push(r.json().await.unwrap());
    }
    opened
}

pub(crate) async fn editor_post(
    app: &TestApp,
    editor: &Staff,
    path: &str,
    body: serde_json::Value,
) -> u16 {
    app.child_client()
        .post(format!("{}/console/api/stories/{path}", app.console))
        .header("cookie", &editor.cookie)
        .header("x-csrf-token", &editor.csrf)
        .json(&body)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// The editor seals a version of `story` for `purpose` to the child and the editors.
pub(crate) async fn prepare(
    app: &TestApp,
    editor: &Staff,
    story: &SubmissionId,
    purpose: Purpose,
    text: &str,
) -> (u16, VersionContent) {
    let listed = editor_list(app, editor).await;
    let seal_to = listed
        .iter()
        .find(|s| s.id == story.as_str())
        .map(|s| s.seal_to.clone())
        .unwrap_or_default();
    let content = VersionContent {
        story: story.to_string(),
        version: SubmissionId::generate().to_string(),
        purpose,
        lang: "es".into(),
        byline: String::new(),
        text: text.into(),
    };
    let set = RecipientSet::parse(&seal_to).unwrap_or_else(|_| {
        RecipientSet::parse(&[age::x25519::Identity::generate().to_public().to_string()]).unwrap()
    });
    let body = NewVersion {
        id: content.version.clone(),
        purpose: purpose.as_str().into(),
        lang: content.lang.clone(),
        ciphertext: BASE64.encode(content.seal(&set).unwrap().as_bytes()),
    };
    let status = editor_post(
        app,
        editor,
        &format!("{story}/versions"),
        serde_json::json!(body),
    )
    .await;
    (status, content)
}

/// The child opens the version with their own key and approves exactly what they read.
pub(crate) async fn child_approves(
    app: &TestApp,
    code: &Derived,
    story: &SubmissionId,
) -> VersionContent {
    let view = child_view(app, code).await;
    let version = &view.story.expect("a story's code").versions[0];
    let identity = age::x25519::Identity::from_str(&identity_text(code)).unwrap();
    let bytes = BASE64.decode(&version.ciphertext).unwrap();
    let read = VersionContent::open(&bytes, &identity, story, &version.id).unwrap();
    let body = serde_json::json!({"token": code.token.to_string(), "version": version.id,
        "approve": true, "hash": read.hash()});
    assert_eq!(
        child_post(app, "/api/return/story/version", body).await,
        204
    );
    read
}

pub(crate) async fn publish(app: &TestApp, editor: &Staff, c: &VersionContent, text: &str) -> u16 {
    let body = Publish {
        lang: c.lang.clone(),
        byline: c.byline.clone(),
        text: text.into(),
    };
    let path = format!("{}/versions/{}/publish", c.story, c.version);
    editor_post(app, editor, &path, serde_json::json!(body)).await
}

pub(crate) async fn public_page(app: &TestApp) -> String {
    let r = app
        .child_client()
        .get(format!("{}/stories", app.child))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    r.text().await.unwrap()
}

pub(crate) async fn withdraw(app: &TestApp, code: &Derived, purpose: Purpose) -> u16 {
    let body = serde_json::json!({"token": code.token.to_string(), "purpose": purpose.as_str(), "yes": false});
    child_post(app, "/api/return/story/consent", body).await
}

#[tokio::test]
async fn stories_go_to_story_editors_only_and_every_purpose_is_no_until_the_child_says_yes() {
    let app = spawn_app().await;
    let editor = app.staff("eve.editor", Role::StoryEditor).await;
    let reviewer = app.staff("rita", Role::Reviewer).await;
    let editor_key = age::x25519::Identity::from_str(&editor.identity)
        .unwrap()
        .to_public()
        .to_string();
    let reviewer_key = age::x25519::Identity::from_str(&reviewer.identity)
        .unwrap()
        .to_public()
        .to_string();
    let (for_story, _) = recipients(&app, "?for=story").await;
    let (for_cases, _) = recipients(&app, "").await;
    assert!(for_story.recipients.contains(&editor_key));
    assert!(
        !for_story.recipients.contains(&reviewer_key),
        "reviewers never get stories"
    );
    assert!(
        !for_cases.recipients.contains(&editor_key),
        "story editors never get cases"
    );
    assert_eq!(editor.get("/console/api/cases").await.status(), 403);

    let (silent, _) = tell(&app, "my story", "").await;
    let row = app
        .store
        .story_by_id(silent.as_str())
        .await
        .unwrap()
        .unwrap();
    let states = app.store.consent_states(row.seq).await.unwrap();
    assert_eq!(states.len(), 4);
    assert!(states.iter().all(|s| !s.child_yes), "no unless said");
    assert_eq!(row.naming, "none");
    assert!(
        editor_list(&app, &editor).await.is_empty(),
        "a story with no yes is for nobody"
    );
    let (status, _) = prepare(&app, &editor, &silent, Purpose::Public, "x").await;
    assert_eq!(status, 404);

    let (learning, code) = tell(&app, "another story", "yes=learning").await;
    let listed = editor_list(&app, &editor).await;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, learning.as_str());
    let (status, _) = prepare(&app, &editor, &learning, Purpose::Public, "x").await;
    assert_eq!(status, 409, "never consented to public education");
    let (status, content) = prepare(&app, &editor, &learning, Purpose::Learning, "for us").await;
    assert_eq!(status, 201);
    child_approves(&app, &code, &learning).await;
    assert_eq!(
        publish(&app, &editor, &content, "for us").await,
        409,
        "only public education is published"
    );
    assert!(!public_page(&app).await.contains("for us"));
    let (form_id, form_token) = app.nojs_ticket().await;
    let nojs = app
        .child_client()
        .post(format!("{}/send", app.child))
        .header("origin", &app.child)
        .form(&[
            ("submission_id", form_id.as_str()),
            ("form_token", form_token.as_str()),
            ("kind", "story"),
            ("message", "words"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        nojs.status(),
        400,
        "a story without the browser (and its code) is refused"
    );
}

#[tokio::test]
async fn only_the_approved_words_are_published_and_withdrawal_removes_them_at_once() {
    let app = spawn_app().await;
    let editor = app.staff("eve.editor", Role::StoryEditor).await;
    app.store
        .add_facility(
            "casa-sol",
            None,
            &[("es".to_owned(), "Casa del Sol".to_owned())],
        )
        .await
        .unwrap();
    let (story, code) = tell(&app, &canary("story"), "yes=public").await;
    let words = canary("approved");
    let (status, content) = prepare(&app, &editor, &story, Purpose::Public, &words).await;
    assert_eq!(status, 201);
    assert_eq!(
        publish(&app, &editor, &content, &words).await,
        409,
        "not approved yet"
    );
    let read = child_approves(&app, &code, &story).await;
    assert_eq!(
        read, content,
        "the child read exactly what the editor sealed"
    );
    assert_eq!(
        publish(&app, &editor, &content, &format!("{words}!")).await,
        409,
        "changed after approval"
    );
    let named = Publish {
        lang: "es".into(),
        byline: "Ana".into(),
        text: words.clone(),
    };
    let path = format!("{story}/versions/{}/publish", content.version);
    assert_eq!(
        editor_post(&app, &editor, &path, serde_json::json!(named)).await,
        409,
        "the child chose no name"
    );
    assert_eq!(publish(&app, &editor, &content, &words).await, 201);
    assert!(public_page(&app).await.contains(&words));

    // Words changed in the database after approval are never shown.
    sqlx::query("UPDATE published_stories SET body = body || ' edited'")
        .execute(app.store.pool())
        .await
        .unwrap();
    assert!(
        !public_page(&app).await.contains(&words),
        "hash mismatch: not shown"
    );
    sqlx::query("UPDATE published_stories SET body = $1")
        .bind(&words)
        .execute(app.store.pool())
        .await
        .unwrap();
    assert!(public_page(&app).await.contains(&words));

    // A version naming a facility is refused even if approved.
    let facility_words = "Viví en la Casa del Sol.";
    let (_, second) = prepare(&app, &editor, &story, Purpose::Public, facility_words).await;
    let view = child_view(&app, &code).await;
    let v = view
        .story
        .unwrap()
        .versions
        .into_iter()
        .find(|v| v.id == second.version)
        .unwrap();
    let body = serde_json::json!({"token": code.token.to_string(), "version": v.id, "approve": true, "hash": second.hash()});
    assert_eq!(
        child_post(&app, "/api/return/story/version", body).await,
        204
    );
    assert_eq!(publish(&app, &editor, &second, facility_words).await, 409);

    assert_eq!(withdraw(&app, &code, Purpose::Public).await, 204);
    assert!(
        !public_page(&app).await.contains(&words),
        "gone from the page at once"
    );
    assert!(
        editor_list(&app, &editor).await.is_empty(),
        "gone from the editor at once"
    );
    let row = app
        .store
        .story_by_id(story.as_str())
        .await
        .unwrap()
        .unwrap();
    assert!(
        app.store.story_versions(row.seq).await.unwrap().is_empty(),
        "the versions are deleted"
    );
    let choices: Vec<String> = app
        .store
        .consent_entries()
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(choices.iter().filter(|c| *c == "approved").count(), 2);
    assert_eq!(choices.last().map(String::as_str), Some("no"));
    assert!(matches!(
        app.store.verify_consent_record().await.unwrap(),
        ChainVerdict::Intact { .. }
    ));
}
