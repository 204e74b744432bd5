//! A story's consent over time: expiry unpublishes and the consent record catches tampering; a
//! second consent where the policy asks is needed and never outweighs the child's no (a no ends
//! it); an editor affiliated with the place a story names never sees it; a story nobody may use
//! is deleted after the retention period.

use crate::stories::{
    child_approves, child_post, editor_list, editor_post, prepare, public_page, publish, tell,
    tell_about, withdraw,
};
use crate::support::staff::Staff;
use crate::support::{canary, contains, spawn_app};
use app::story::Purpose;
use heard::accounts::Role;
use heard::audit::ChainVerdict;
use heard::store::{AffiliationTarget, Day};
use heard::story_rules::StoryPolicy;

#[tokio::test]
async fn expiry_unpublishes_and_the_consent_record_catches_tampering() {
    let app = spawn_app().await;
    let editor = app.staff("eve.editor", Role::StoryEditor).await;
    let (story, code) = tell(&app, "story", "yes=public,media").await;
    let words = canary("expiring");
    let (_, content) = prepare(&app, &editor, &story, Purpose::Public, &words).await;
    child_approves(&app, &code, &story).await;
    assert_eq!(publish(&app, &editor, &content, &words).await, 201);
    // A yes given thirteen months ago is past the default twelve: not shown, even before the
    // expiry job runs.
    let old = Day::today().add_months(-13);
    sqlx::query("UPDATE story_consents SET child_on = $1 WHERE purpose = 'public'")
        .bind(old.as_str())
        .execute(app.store.pool())
        .await
        .unwrap();
    assert!(!public_page(&app).await.contains(&words));
    assert_eq!(
        app.store
            .expire_story_consents(&Day::today())
            .await
            .unwrap(),
        1
    );
    let row = app
        .store
        .story_by_id(story.as_str())
        .await
        .unwrap()
        .unwrap();
    assert!(app.store.story_versions(row.seq).await.unwrap().is_empty());
    let states = app.store.consent_states(row.seq).await.unwrap();
    assert!(
        states
            .iter()
            .any(|s| s.purpose == Purpose::Media && s.child_yes),
        "media still holds"
    );
    let entries = app.store.consent_entries().await.unwrap();
    let last = entries.last().unwrap();
    assert_eq!(
        (last.actor.as_str(), last.action.as_str()),
        ("system", "expired")
    );
    assert!(matches!(
        app.store.verify_consent_record().await.unwrap(),
        ChainVerdict::Intact { .. }
    ));

    // Append-only in the database, and an edit made around the triggers is found.
    assert!(
        sqlx::query("UPDATE consent_log SET choice = 'yes' WHERE seq = 1")
            .execute(app.store.pool())
            .await
            .is_err()
    );
    assert!(sqlx::query("DELETE FROM consent_log WHERE seq = 2")
        .execute(app.store.pool())
        .await
        .is_err());
    crate::support::database::drop_trigger(&app.store, "consent_log_no_update", "consent_log")
        .await;
    sqlx::query("UPDATE consent_log SET choice = 'yes' WHERE seq = 1")
        .execute(app.store.pool())
        .await
        .unwrap();
    assert!(matches!(
        app.store.verify_consent_record().await.unwrap(),
        ChainVerdict::Broken { at_seq: 1, .. }
    ));
}

#[tokio::test]
async fn a_second_consent_is_needed_where_the_policy_asks_and_never_outweighs_the_childs_no() {
    let app = spawn_app().await;
    let policy = StoryPolicy {
        co_consent_under: Some(14),
        ..StoryPolicy::default()
    };
    app.store.set_story_policy(&policy).await.unwrap();
    let editor = app.staff("eve.editor", Role::StoryEditor).await;
    let second = app.staff("sam.editor", Role::StoryEditor).await;
    let (story, code) = tell(&app, "story", "yes=public;age=12").await;
    let words = canary("co");
    let (_, content) = prepare(&app, &editor, &story, Purpose::Public, &words).await;
    child_approves(&app, &code, &story).await;
    assert_eq!(
        publish(&app, &editor, &content, &words).await,
        409,
        "the guardian was not asked yet"
    );
    let yes = serde_json::json!({"purpose": "public", "by": "guardian", "yes": true});
    assert_eq!(
        editor_post(&app, &editor, &format!("{story}/co-consent"), yes.clone()).await,
        204
    );
    assert_eq!(
        publish(&app, &editor, &content, &words).await,
        409,
        "whoever recorded the second consent may not also publish"
    );
    assert!(!public_page(&app).await.contains(&words));
    // A second editor checks and records the guardian's yes; then the first may publish.
    assert_eq!(
        editor_post(&app, &second, &format!("{story}/co-consent"), yes).await,
        204
    );
    assert_eq!(publish(&app, &editor, &content, &words).await, 201);
    assert!(public_page(&app).await.contains(&words));
    assert_eq!(withdraw(&app, &code, Purpose::Public).await, 204);
    assert!(
        !public_page(&app).await.contains(&words),
        "the child's no wins"
    );
    let guardian: Vec<_> = app
        .store
        .consent_entries()
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.actor == "guardian")
        .collect();
    assert_eq!(guardian.len(), 2, "recorded twice: by each editor");
    assert!(guardian
        .iter()
        .all(|g| g.subject.contains("recorded_by=account:")));
    assert_ne!(guardian[0].subject, guardian[1].subject, "by two people");
}

#[tokio::test]
async fn an_editor_affiliated_with_the_place_never_sees_the_story_even_when_declared_later() {
    let app = spawn_app().await;
    let names = [("es".to_owned(), "Casa del Sol".to_owned())];
    let facility = app
        .store
        .add_facility("casa-sol", None, &names)
        .await
        .unwrap();
    let early = app.staff("early.editor", Role::StoryEditor).await;
    let late = app.staff("late.editor", Role::StoryEditor).await;
    let other = app.staff("other.editor", Role::StoryEditor).await;
    let account = |handle: &'static str| {
        let store = app.store.clone();
        async move { store.login_account(handle).await.unwrap().unwrap().id }
    };
    let target = AffiliationTarget::Facility(facility);
    app.store
        .affiliate(account("early.editor").await, &target, true)
        .await
        .unwrap();
    let (story, _) = tell_about(&app, "story", "yes=learning", "casa-sol").await;
    assert!(
        editor_list(&app, &early).await.is_empty(),
        "never sealed to the affiliated editor"
    );
    assert_eq!(editor_list(&app, &late).await.len(), 1);
    app.store
        .affiliate(account("late.editor").await, &target, false)
        .await
        .unwrap();
    assert!(
        editor_list(&app, &late).await.is_empty(),
        "a later declaration hides it at once"
    );
    // New versions are sealed to the story's editors less anyone the shield now keeps from it.
    let recipient_of = |r: &Staff| {
        use std::str::FromStr;
        age::x25519::Identity::from_str(&r.identity)
            .unwrap()
            .to_public()
            .to_string()
    };
    let seal_to = editor_list(&app, &other).await[0].seal_to.clone();
    assert!(seal_to.contains(&recipient_of(&other)));
    assert!(
        !seal_to.contains(&recipient_of(&late)),
        "no new version is sealed to an editor affiliated since"
    );
    let (status, _) = prepare(&app, &late, &story, Purpose::Learning, "x").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_no_ends_the_second_yes_and_a_story_nobody_may_use_is_deleted_after_retention() {
    let app = spawn_app().await;
    let policy = StoryPolicy {
        co_consent_for: vec![Purpose::Public],
        ..StoryPolicy::default()
    };
    app.store.set_story_policy(&policy).await.unwrap();
    let editor = app.staff("eve.editor", Role::StoryEditor).await;
    let (story, code) = tell(&app, "story", "yes=public").await;
    let yes = serde_json::json!({"purpose": "public", "by": "advocate", "yes": true});
    assert_eq!(
        editor_post(&app, &editor, &format!("{story}/co-consent"), yes).await,
        204
    );
    assert_eq!(withdraw(&app, &code, Purpose::Public).await, 204);
    let again =
        serde_json::json!({"token": code.token.to_string(), "purpose": "public", "yes": true});
    assert_eq!(
        child_post(&app, "/api/return/story/consent", again).await,
        204
    );
    let row = app
        .store
        .story_by_id(story.as_str())
        .await
        .unwrap()
        .unwrap();
    let public = app
        .store
        .consent_states(row.seq)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.purpose == Purpose::Public)
        .unwrap();
    assert!(public.child_yes);
    assert_eq!(
        public.co_yes, None,
        "the advocate's yes went with the child's no"
    );

    // Nobody may use a story with no yes: after the retention period it is deleted for real.
    assert_eq!(withdraw(&app, &code, Purpose::Public).await, 204);
    let later = Day::today().plus_days(91);
    assert!(
        app.store
            .purge_unused_stories(&Day::today(), 90)
            .await
            .unwrap()
            .is_empty(),
        "not yet"
    );
    assert_eq!(
        app.store.purge_unused_stories(&later, 90).await.unwrap(),
        vec![story.to_string()]
    );
    assert!(app
        .store
        .story_by_id(story.as_str())
        .await
        .unwrap()
        .is_none());
    let files = app.data_files();
    assert!(
        files
            .iter()
            .all(|(_, bytes)| !contains(bytes, &row.child_recipient)),
        "the story's row is overwritten, in the database and the WAL"
    );
    let last = app.store.consent_entries().await.unwrap().pop().unwrap();
    assert_eq!(
        (last.actor.as_str(), last.action.as_str()),
        ("system", "deleted")
    );
}
