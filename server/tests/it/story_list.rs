//! The story editors' list: paged, newest first, and without ciphertext — a story's sealed words
//! leave the server only when an editor opens it, and that is audited. Cursors are stories the
//! editor can see; a story kept from them is refused as a cursor and as a page alike.

use crate::cases::audited;
use crate::stories::tell_about;
use crate::support::spawn_app;
use app::api::stories::{EditorStory, EditorStoryPage, STORY_PAGE_SIZE};
use heard::accounts::Role;
use heard::store::AffiliationTarget;

#[tokio::test]
async fn the_list_is_paged_carries_no_ciphertext_and_opening_a_story_is_audited() {
    let app = spawn_app().await;
    let north = app
        .store
        .add_facility("casa-norte", None, &[("en".into(), "North".into())])
        .await
        .unwrap();
    let editor = app.staff("eve.editor", Role::StoryEditor).await;
    let account = app
        .store
        .login_account("eve.editor")
        .await
        .unwrap()
        .unwrap()
        .id;
    let total = STORY_PAGE_SIZE as usize + 3;
    let mut told = vec![];
    for _ in 0..total {
        told.push(tell_about(&app, "a story", "yes=learning", "").await.0);
    }
    let (hidden, _) = tell_about(&app, "about north", "yes=learning", "casa-norte").await;
    app.store
        .affiliate(account, &AffiliationTarget::Facility(north), false)
        .await
        .unwrap();

    let first = editor.get("/console/api/stories").await;
    assert_eq!(first.status(), 200);
    let raw = first.text().await.unwrap();
    assert!(
        !raw.contains("ciphertext"),
        "the list sends no sealed words"
    );
    let first: EditorStoryPage = serde_json::from_str(&raw).unwrap();
    assert_eq!(first.stories.len(), STORY_PAGE_SIZE as usize);
    let newest: Vec<String> = told.iter().rev().map(|id| id.as_str().to_owned()).collect();
    let ids: Vec<&str> = first.stories.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, newest[..STORY_PAGE_SIZE as usize], "newest first");
    let cursor = first.next_before.clone().expect("an older page");
    let second: EditorStoryPage = editor
        .get(&format!("/console/api/stories?before={cursor}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(second.stories.len(), 3);
    assert_eq!(second.next_before, None);
    assert!(
        audited(&app, "story.fetch").await.is_empty(),
        "listing opens nothing"
    );

    let opened = editor
        .get(&format!("/console/api/stories/{}", told[0]))
        .await;
    assert_eq!(opened.status(), 200);
    let opened: EditorStory = opened.json().await.unwrap();
    assert!(!opened.ciphertext.is_empty());
    assert_eq!(audited(&app, "story.fetch").await.len(), 1);

    // A story kept from the editor is no cursor and no story, answered like an unknown one.
    for id in [hidden.as_str(), "0123456789abcdef0123456789abcdef"] {
        let page = editor
            .get(&format!("/console/api/stories?before={id}"))
            .await;
        assert_eq!(page.status(), 400, "{id}");
        let story = editor.get(&format!("/console/api/stories/{id}")).await;
        assert_eq!(story.status(), 404, "{id}");
    }
}
