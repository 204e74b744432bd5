//! Paths and JSON shapes of stories (`crate::story`): the child's side (sending, coming back to
//! answer), the story editor's side in the console, and the public story page. Tokens travel in
//! POST bodies only and are redacted in `Debug`.

use serde::{Deserialize, Serialize};

/// `PUT /api/stories/{id}`: a browser-sealed story, with [`crate::story::STORY_TERMS_HEADER`]
/// and the same recipient-set, proof and return-code headers as a message.
pub const STORIES_PATH: &str = "/api/stories";
/// `GET /api/recipients?place=…&for=story`: the keys a story is sealed to (story editors).
pub const FOR_PARAM: &str = "for";
/// `POST` a [`ConsentChange`]: the child says yes, no (withdraws) or yes again (renews).
pub const STORY_CONSENT_PATH: &str = "/api/return/story/consent";
/// `POST` a [`VersionAnswer`]: the child approves or declines the exact version they read.
pub const STORY_VERSION_PATH: &str = "/api/return/story/version";
/// The public story page (child site): approved public-education versions only.
pub const PUBLIC_STORIES_PAGE: &str = "/stories";

/// The story editors' page in the console, and their API.
pub const EDITOR_PAGE: &str = "/console/stories";
pub const EDITOR_API: &str = "/console/api/stories";

/// One purpose as the child sees it when they come back.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ChildConsent {
    pub purpose: String,
    pub yes: bool,
    /// The last day a "yes" holds before it must be renewed.
    pub until: Option<String>,
}

/// A version waiting for (or given) the child's answer; sealed to the child (base64).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ChildVersion {
    pub id: String,
    pub purpose: String,
    /// `awaiting`, `approved` or `declined`.
    pub state: String,
    pub ciphertext: String,
}

/// What a child sees of their story with their code (inside `ReturnView::story`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ChildStory {
    pub naming: String,
    pub consents: Vec<ChildConsent>,
    pub versions: Vec<ChildVersion>,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct ConsentChange {
    pub token: String,
    pub purpose: String,
    pub yes: bool,
}

impl std::fmt::Debug for ConsentChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "ConsentChange(<redacted>, {}, {})",
            self.purpose, self.yes
        )
    }
}

#[derive(Clone, Serialize, Deserialize)]
pub struct VersionAnswer {
    pub token: String,
    pub version: String,
    pub approve: bool,
    /// `VersionContent::hash` of what the child read (computed in their browser).
    pub hash: String,
}

impl std::fmt::Debug for VersionAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "VersionAnswer(<redacted>, {}, {})",
            self.version, self.approve
        )
    }
}

/// One purpose as an editor sees it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct EditorConsent {
    pub purpose: String,
    /// The child's yes holds today (not withdrawn, not expired).
    pub child_yes: bool,
    /// The admins' policy asks a guardian's or advocate's consent too.
    pub co_needed: bool,
    pub co_yes: Option<bool>,
    /// The purpose may be used now: the child's live yes and, where needed, the second yes.
    pub usable: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct EditorVersion {
    pub id: String,
    pub purpose: String,
    pub lang: String,
    pub state: String,
    pub ciphertext: String,
    pub published: bool,
}

/// A story sealed to the editor's key, with at least one purpose the child says yes to.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct EditorStory {
    /// The story's id; `GET {EDITOR_API}/{id}` answers with this whole story.
    pub id: String,
    pub received_on: String,
    pub naming: String,
    pub ciphertext: String,
    /// What a version is sealed to: the story's editors and the child.
    pub seal_to: Vec<String>,
    pub consents: Vec<EditorConsent>,
    pub versions: Vec<EditorVersion>,
}

/// A story in the editors' list: what it is, without its ciphertext (which is sent only for the
/// story an editor opens, `GET {EDITOR_API}/{id}`, and audited then).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct EditorStoryLine {
    pub id: String,
    pub received_on: String,
    pub naming: String,
    pub consents: Vec<EditorConsent>,
}

/// `GET {EDITOR_API}?before=`: a page of the stories the editor may work on, newest first;
/// `before` is the id of a story the editor can see (the last of the previous page).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EditorStoryPage {
    pub stories: Vec<EditorStoryLine>,
    pub next_before: Option<String>,
}

/// Stories per page of the editors' list.
pub const STORY_PAGE_SIZE: i64 = 20;

/// `POST {EDITOR_API}/{story}/versions`: a version sealed in the editor's browser.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewVersion {
    pub id: String,
    pub purpose: String,
    pub lang: String,
    pub ciphertext: String,
}

/// `POST {EDITOR_API}/{story}/versions/{version}/publish`: the approved words, in the clear.
/// The server publishes them only if their hash is the one the child approved.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Publish {
    pub lang: String,
    pub byline: String,
    pub text: String,
}

/// `POST {EDITOR_API}/{story}/co-consent`: a guardian's or advocate's answer, recorded by staff.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CoConsent {
    pub purpose: String,
    /// `guardian` or `advocate`.
    pub by: String,
    pub yes: bool,
}
