//! Who may call a console route, said once: in the handler's signature, by an extractor naming its
//! audience (`Page<Admins>`, `Api<CaseReaders>`), and in [`POLICY`], the same rules as data, which
//! the authorization test walks route by route (`tests/it/authorization.rs`): a handler whose
//! extractor and row disagree fails it.
//!
//! - Not signed in: a page sends to sign-in, the API answers 401.
//! - Signed in with a role the audience does not include: 403, and the refusal is audited.
//! - An API change (any method but GET/HEAD) also needs the session's CSRF token in its header;
//!   a page's form carries its own (`console_session::checked_form`).

use super::console_access::{check, Denied};
use super::console_error::{ConsoleError, Refused};
use super::console_session::{same_token, CSRF};
use super::AppState;
use app::api::console::CSRF_HEADER;
use app::i18n::Lang;
use app::vocabulary::Role;
use axum::extract::{FromRequestParts, MatchedPath};
use http::request::Parts;
use std::marker::PhantomData;
use tower_sessions::Session;

/// A set of roles a route is for.
pub trait Audience: Send + Sync + 'static {
    const ROLES: &'static [Role];
}

macro_rules! audience {
    ($(#[$meta:meta])* $name:ident = $roles:expr) => {
        $(#[$meta])*
        pub struct $name;
        impl Audience for $name {
            const ROLES: &'static [Role] = $roles;
        }
    };
}

audience!(
    /// Every signed-in account (its own passkeys, the console's home).
    AnyStaff = Role::ALL
);
audience!(
    /// Roles that read cases, and so hold a key.
    CaseReaders = &Role::CASE_READERS
);
audience!(
    /// Everyone who holds a key: case readers and story editors.
    KeyHolders = &Role::KEY_HOLDERS
);
audience!(Admins = &[Role::Admin]);
audience!(Auditors = &[Role::Auditor]);
audience!(StoryEditors = &[Role::StoryEditor]);
audience!(ConsultationLeads = &[Role::ConsultationLead]);

/// The signed-in caller of a route for audience `A`.
pub struct Staff<A> {
    pub account: i64,
    pub role: Role,
    audience: PhantomData<A>,
}

/// A page for audience `A` (refusals as pages).
pub struct Page<A>(pub Staff<A>);
/// An API route for audience `A` (refusals as JSON; changes need the CSRF header).
pub struct Api<A>(pub Staff<A>);

async fn admit<A: Audience>(
    parts: &mut Parts,
    state: &AppState,
    api: bool,
) -> Result<Staff<A>, Refused> {
    let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
    let refused = |error| Refused::new(lang, api, error);
    let Ok(session) = Session::from_request_parts(parts, state).await else {
        return Err(refused(ConsoleError::NotSignedIn));
    };
    // The route's pattern, never the ids in it, is what an audited refusal names.
    let what = parts
        .extensions
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| parts.uri.path().to_owned());
    let (account, role) = match check(state, &session, A::ROLES, &what).await {
        Ok(found) => found,
        Err(Denied::NotSignedIn) => return Err(refused(ConsoleError::NotSignedIn)),
        Err(Denied::Forbidden) => return Err(refused(ConsoleError::Forbidden)),
    };
    if api && !parts.method.is_safe() {
        let expected = session.get::<String>(CSRF).await.ok().flatten();
        let sent = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
        if !same_token(expected.as_deref(), sent) {
            return Err(refused(ConsoleError::Csrf));
        }
    }
    Ok(Staff {
        account,
        role,
        audience: PhantomData,
    })
}

impl<A: Audience> FromRequestParts<AppState> for Page<A> {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        admit(parts, state, false).await.map(Page)
    }
}

impl<A: Audience> FromRequestParts<AppState> for Api<A> {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        admit(parts, state, true).await.map(Api)
    }
}
