//! The console's authorization policy as data: every route that needs a signed-in account, with
//! the audience its handler's extractor names (`console_guard`). The authorization test walks
//! this table with every role (`tests/it/authorization.rs`): a handler whose extractor disagrees
//! with its row fails it, and so does a console route in neither table.

use super::console_guard::{
    Admins, AnyStaff, Audience, Auditors, CaseReaders, ConsultationLeads, KeyHolders, StoryEditors,
};
use app::vocabulary::Role;

/// One route: who may call it, and whether it answers as a page or as the JSON API.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub method: &'static str,
    /// The route's pattern, as in the router (`{id}` for a path parameter).
    pub route: &'static str,
    pub roles: &'static [Role],
    pub api: bool,
}

const fn page<A: Audience>(method: &'static str, route: &'static str) -> Rule {
    Rule {
        method,
        route,
        roles: A::ROLES,
        api: false,
    }
}

const fn api<A: Audience>(method: &'static str, route: &'static str) -> Rule {
    Rule {
        method,
        route,
        roles: A::ROLES,
        api: true,
    }
}

pub const POLICY: &[Rule] = &[
    page::<Auditors>("GET", "/console/audit"),
    page::<Auditors>("GET", "/console/audit/facilities"),
    page::<Admins>("GET", "/console/accounts"),
    page::<Admins>("POST", "/console/accounts"),
    page::<Admins>("GET", "/console/languages"),
    page::<Admins>("POST", "/console/languages"),
    page::<KeyHolders>("GET", "/console/affiliations"),
    page::<KeyHolders>("POST", "/console/affiliations"),
    page::<CaseReaders>("GET", "/console/inbox"),
    page::<StoryEditors>("GET", "/console/stories"),
    page::<ConsultationLeads>("GET", "/console/consultations"),
    page::<ConsultationLeads>("GET", "/console/consultations/{id}"),
    page::<ConsultationLeads>("GET", "/console/consultations/{id}/export.csv"),
    page::<ConsultationLeads>("GET", "/console/consultations/{id}/export.json"),
    page::<ConsultationLeads>("GET", "/console/consultations/{id}/written"),
    page::<ConsultationLeads>("GET", "/console/consultations/new"),
    page::<ConsultationLeads>("POST", "/console/consultations/new"),
    page::<ConsultationLeads>("GET", "/console/consultations/{id}/manage"),
    page::<ConsultationLeads>("POST", "/console/consultations/{id}/manage"),
    page::<AnyStaff>("GET", "/console/passkeys"),
    page::<AnyStaff>("POST", "/console/passkeys"),
    page::<AnyStaff>("POST", "/console/passkeys/remove"),
    api::<AnyStaff>("POST", "/console/passkeys/register"),
    api::<AnyStaff>("POST", "/console/passkeys/register/answer"),
    api::<AnyStaff>("POST", "/console/passkeys/confirm"),
    api::<AnyStaff>("POST", "/console/passkeys/confirm/answer"),
    api::<KeyHolders>("GET", "/console/api/key"),
    api::<KeyHolders>("PUT", "/console/api/key"),
    api::<CaseReaders>("GET", "/console/api/cases"),
    api::<CaseReaders>("GET", "/console/api/views"),
    api::<CaseReaders>("PUT", "/console/api/views"),
    api::<CaseReaders>("DELETE", "/console/api/views"),
    api::<CaseReaders>("GET", "/console/api/cases/{id}"),
    api::<CaseReaders>("POST", "/console/api/cases/{id}"),
    api::<CaseReaders>("POST", "/console/api/cases/{id}/recuse"),
    api::<CaseReaders>("GET", "/console/api/cases/{id}/share"),
    api::<CaseReaders>("POST", "/console/api/cases/{id}/share"),
    api::<CaseReaders>("POST", "/console/api/cases/{id}/notes"),
    api::<CaseReaders>("POST", "/console/api/cases/{id}/replies"),
    api::<StoryEditors>("GET", "/console/api/stories"),
    api::<StoryEditors>("GET", "/console/api/stories/{id}"),
    api::<StoryEditors>("POST", "/console/api/stories/{id}/versions"),
    api::<StoryEditors>(
        "POST",
        "/console/api/stories/{id}/versions/{version}/publish",
    ),
    api::<StoryEditors>("POST", "/console/api/stories/{id}/co-consent"),
    api::<ConsultationLeads>("GET", "/console/api/consultations/{id}/written"),
    api::<ConsultationLeads>(
        "POST",
        "/console/api/consultations/{id}/written/{answer}/quote",
    ),
    api::<ConsultationLeads>(
        "POST",
        "/console/api/consultations/{id}/written/{answer}/case",
    ),
    api::<ConsultationLeads>("GET", "/console/api/consultations/case-recipients"),
];

/// Console routes anyone may call; each guards itself (a one-time link, a password and second
/// factor, the session's CSRF token) or shows nothing of anyone's.
pub const PUBLIC: &[(&str, &str)] = &[
    ("GET", "/console"),
    ("GET", "/console/login"),
    ("POST", "/console/login"),
    ("POST", "/console/logout"),
    ("POST", "/console/login/passkey"),
    ("POST", "/console/login/passkey/answer"),
    ("GET", "/console/passkey.js"),
    ("GET", "/console/enrol/{token}"),
    ("POST", "/console/enrol/{token}"),
];
