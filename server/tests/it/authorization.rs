//! The authorization matrix of the console: every route × every kind of visitor. Allowed ones
//! work; anonymous visitors (and a child's session, which means nothing here) are sent to sign
//! in; a signed-in role that is not allowed gets 403 and the refusal is audited.

use crate::reviewer_keys::{csrf, new_sealed_identity, put_key};
use crate::support::console::signed_in_as;
use crate::support::{spawn_app, TestApp};
use heard::accounts::Role;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Visitor {
    Anonymous,
    ChildSession,
    Staff(Role),
}

const VISITORS: [Visitor; 7] = [
    Visitor::Anonymous,
    Visitor::ChildSession,
    Visitor::Staff(Role::Reviewer),
    Visitor::Staff(Role::SafeguardingLead),
    Visitor::Staff(Role::Auditor),
    Visitor::Staff(Role::Admin),
    Visitor::Staff(Role::StoryEditor),
];

/// A well-formed case id that no case has.
const UNKNOWN_CASE: &str = "/console/api/cases/0123456789abcdef0123456789abcdef";

fn is_story_route(path: &str) -> bool {
    path == "/console/stories" || path.starts_with("/console/api/stories")
}

/// What a visitor gets: 200 (allowed), 303 (to sign in), 401 (API: sign in), 403 (refused;
/// audited when it is the role that is refused), 404 (nothing there for this visitor).
fn expected(method: &str, path: &str, visitor: Visitor) -> u16 {
    let key_holder = matches!(
        visitor,
        Visitor::Staff(Role::Reviewer | Role::SafeguardingLead)
    );
    let signed_in = matches!(visitor, Visitor::Staff(_));
    let editor = visitor == Visitor::Staff(Role::StoryEditor);
    match (method, path) {
        ("GET", "/console" | "/console/login" | "/console/passkey.js") => 200,
        // Every account manages its own passkeys; a change needs the session's CSRF token.
        ("GET", PASSKEYS) if signed_in => 200,
        ("GET", PASSKEYS) | ("POST", PASSKEY_REMOVE) if !signed_in => 303,
        ("POST", PASSKEY_REGISTER | PASSKEY_CONFIRM) if !signed_in => 401,
        ("POST", PASSKEY_REMOVE | PASSKEY_REGISTER | PASSKEY_CONFIRM) => 403,
        // Sign-in with a passkey begins with a handle and password: an empty request is malformed.
        ("POST", "/console/login/passkey") => 400,
        // Story editors only; they hold a key, but read no case.
        ("GET", "/console/stories") if !signed_in => 303,
        ("GET", "/console/stories") if editor => 200,
        ("GET", "/console/stories") => 403,
        (_, p) if p.starts_with("/console/api/stories") && !signed_in => 401,
        ("GET", "/console/api/stories") if editor => 200,
        // A story not sealed to the editor does not exist for them.
        ("GET", UNKNOWN_STORY) if editor => 404,
        // Other roles are refused; an editor's change without the CSRF token changes nothing.
        (_, p) if p.starts_with("/console/api/stories") => 403,
        ("GET", "/console/affiliations" | "/console/api/key") if editor => 200,
        ("GET", "/console/audit" | "/console/audit/facilities")
            if visitor == Visitor::Staff(Role::Auditor) =>
        {
            200
        }
        ("GET", "/console/audit" | "/console/audit/facilities" | "/console/inbox")
            if !signed_in =>
        {
            303
        }
        ("GET", "/console/audit" | "/console/audit/facilities") => 403,
        ("GET" | "POST", "/console/affiliations" | ADMIN_LANGUAGES | ADMIN_ACCOUNTS)
            if !signed_in =>
        {
            303
        }
        ("GET", ADMIN_LANGUAGES | ADMIN_ACCOUNTS) if visitor == Visitor::Staff(Role::Admin) => 200,
        // Admins only; an admin's post without the session's CSRF token changes nothing.
        ("GET" | "POST", ADMIN_LANGUAGES | ADMIN_ACCOUNTS) => 403,
        ("GET", "/console/inbox" | "/console/affiliations") if key_holder => 200,
        ("GET", "/console/inbox" | "/console/affiliations") => 403,
        // A declaration without the session's CSRF token changes nothing; other roles are refused.
        ("POST", "/console/affiliations") => 403,
        // An enrolment link is its own credential; an unknown one is nobody's.
        ("GET", "/console/enrol/unknown") => 404,
        // The API: JSON 401 to visitors not signed in; other roles refused (and audited).
        (_, p) if p.starts_with("/console/api/") && !signed_in => 401,
        (_, p) if p.starts_with("/console/api/") && !key_holder => 403,
        ("GET", "/console/api/key" | "/console/api/cases") => 200,
        // A case not sealed to the viewer's key does not exist for them.
        ("GET", UNKNOWN_CASE) => 404,
        ("GET", p) if p.starts_with(UNKNOWN_CASE) => 404,
        // Every change by a key holder still needs the session's CSRF token.
        ("PUT" | "POST", _) if path.starts_with("/console/api/") => 403,
        // Sign-out without the session's CSRF token is refused for everyone.
        ("POST", "/console/logout") => 403,
        other => panic!("no expectation for {other:?} as {visitor:?}"),
    }
}

/// Whether a 403 is a refused role (audited), not a missing CSRF token.
fn is_role_refusal(method: &str, path: &str, visitor: Visitor) -> bool {
    let key_holder = matches!(
        visitor,
        Visitor::Staff(Role::Reviewer | Role::SafeguardingLead)
    );
    if matches!(path, ADMIN_LANGUAGES | ADMIN_ACCOUNTS) {
        return matches!(visitor, Visitor::Staff(role) if role != Role::Admin);
    }
    if path.starts_with(PASSKEYS) || path.starts_with("/console/login") {
        // Open to every role: a 403 there is a missing CSRF token.
        return false;
    }
    let editor = visitor == Visitor::Staff(Role::StoryEditor);
    if is_story_route(path) {
        return matches!(visitor, Visitor::Staff(_)) && !editor;
    }
    if editor && matches!(path, "/console/api/key" | "/console/affiliations") {
        // Allowed to read; a change without the session's CSRF token is not a role refusal.
        return false;
    }
    expected(method, path, visitor) == 403
        && path != "/console/logout"
        && !(key_holder && method != "GET")
        && !(path == "/console/affiliations" && key_holder)
}

const ADMIN_LANGUAGES: &str = "/console/languages";
const UNKNOWN_STORY: &str = "/console/api/stories/0123456789abcdef0123456789abcdef";
const ADMIN_ACCOUNTS: &str = "/console/accounts";
const PASSKEYS: &str = "/console/passkeys";
const PASSKEY_REGISTER: &str = "/console/passkeys/register";
const PASSKEY_CONFIRM: &str = "/console/passkeys/confirm";
const PASSKEY_REMOVE: &str = "/console/passkeys/remove";

const ROUTES: [(&str, &str); 34] = [
    ("GET", PASSKEYS),
    ("POST", PASSKEY_REGISTER),
    ("POST", PASSKEY_CONFIRM),
    ("POST", PASSKEY_REMOVE),
    ("POST", "/console/login/passkey"),
    ("GET", "/console/passkey.js"),
    ("GET", UNKNOWN_STORY),
    ("GET", "/console/accounts"),
    ("POST", "/console/accounts"),
    ("GET", "/console/stories"),
    ("GET", "/console/api/stories"),
    (
        "POST",
        "/console/api/stories/0123456789abcdef0123456789abcdef/versions",
    ),
    (
        "POST",
        "/console/api/stories/0123456789abcdef0123456789abcdef/versions/0123456789abcdef0123456789abcdef/publish",
    ),
    (
        "POST",
        "/console/api/stories/0123456789abcdef0123456789abcdef/co-consent",
    ),
    ("GET", "/console/languages"),
    ("POST", "/console/languages"),
    (
        "GET",
        "/console/api/cases/0123456789abcdef0123456789abcdef/share",
    ),
    ("GET", "/console/affiliations"),
    ("POST", "/console/affiliations"),
    ("GET", "/console/audit/facilities"),
    (
        "POST",
        "/console/api/cases/0123456789abcdef0123456789abcdef/recuse",
    ),
    (
        "POST",
        "/console/api/cases/0123456789abcdef0123456789abcdef/share",
    ),
    ("GET", "/console/inbox"),
    ("PUT", "/console/api/key"),
    ("GET", "/console/api/key"),
    ("GET", "/console/api/cases"),
    ("GET", UNKNOWN_CASE),
    ("POST", UNKNOWN_CASE),
    (
        "POST",
        "/console/api/cases/0123456789abcdef0123456789abcdef/notes",
    ),
    ("GET", "/console"),
    ("GET", "/console/enrol/unknown"),
    ("GET", "/console/login"),
    ("GET", "/console/audit"),
    ("POST", "/console/logout"),
];

async fn cookie_for(app: &TestApp, visitor: Visitor, n: usize) -> Option<String> {
    match visitor {
        Visitor::Anonymous => None,
        Visitor::ChildSession => {
            let r = app
                .child_client()
                .get(format!("{}/?lang=es", app.child))
                .send()
                .await
                .unwrap();
            crate::support::console::cookie(&r)
        }
        Visitor::Staff(role) => {
            let cookie = signed_in_as(app, &format!("staff{n}"), role).await;
            if matches!(
                role,
                Role::Reviewer | Role::SafeguardingLead | Role::StoryEditor
            ) {
                let (recipient, sealed, _) = new_sealed_identity();
                let token = csrf(app, &cookie).await;
                let put = put_key(app, Some(&cookie), Some(&token), &recipient, &sealed).await;
                assert_eq!(put, 201);
            }
            Some(cookie)
        }
    }
}

#[tokio::test]
async fn every_console_route_for_every_visitor() {
    let app = spawn_app().await;
    let mut refusals = 0;
    for (n, visitor) in VISITORS.into_iter().enumerate() {
        let cookie = cookie_for(&app, visitor, n).await;
        for (method, path) in ROUTES {
            let mut request = app
                .child_client()
                .request(method.parse().unwrap(), format!("{}{path}", app.console));
            if let Some(c) = &cookie {
                request = request.header("cookie", c);
            }
            let status = request.send().await.unwrap().status().as_u16();
            let want = expected(method, path, visitor);
            assert_eq!(status, want, "{method} {path} as {visitor:?}");
            if is_role_refusal(method, path, visitor) {
                refusals += 1;
            }
        }
    }
    let audited = app
        .store
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "access.refused")
        .collect::<Vec<_>>();
    let (unknown_case, roles): (Vec<_>, Vec<_>) =
        audited.into_iter().partition(|e| e.subject == UNKNOWN_CASE);
    assert_eq!(
        roles.len(),
        refusals,
        "every refusal of a signed-in role is audited"
    );
    assert_eq!(
        unknown_case.len(),
        4,
        "each key holder's reach for a case not sealed to them is audited (the case, its sharing)"
    );
}

#[tokio::test]
async fn the_auditor_sees_the_log_and_the_verdict_and_no_content() {
    let app = spawn_app().await;
    let words = crate::support::canary("auditor");
    let (id, id_token) = app.nojs_ticket().await;
    app.child_client()
        .post(format!("{}/send", app.child))
        .form(&[
            ("submission_id", id.as_str()),
            ("form_token", id_token.as_str()),
            ("text", words.as_str()),
        ])
        .send()
        .await
        .unwrap();
    let cookie = signed_in_as(&app, "audrey", Role::Auditor).await;
    let page = app
        .child_client()
        .get(format!("{}/console/audit", app.console))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("The chain is intact"), "{page}");
    assert!(
        page.contains("account.login") && page.contains("audit.view"),
        "{page}"
    );
    assert!(!page.contains(&words));

    // Tampering shows on the auditor's page.
    sqlx::query("DROP TRIGGER audit_log_no_update")
        .execute(app.store.pool())
        .await
        .unwrap();
    sqlx::query("UPDATE audit_log SET actor = 'someone' WHERE seq = 1")
        .execute(app.store.pool())
        .await
        .unwrap();
    let page = app
        .child_client()
        .get(format!("{}/console/audit", app.console))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("BROKEN at entry \u{2068}1\u{2069}"), "{page}");
}
