//! The authorization matrix of the console: every route × every kind of visitor. Allowed ones
//! work; anonymous visitors (and a child's session, which means nothing here) are sent to sign
//! in; a signed-in role that is not allowed gets 403 and the refusal is audited.

use crate::support::console::signed_in_as;
use crate::support::{spawn_app, TestApp};
use heard::accounts::Role;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Visitor {
    Anonymous,
    ChildSession,
    Staff(Role),
}

const VISITORS: [Visitor; 6] = [
    Visitor::Anonymous,
    Visitor::ChildSession,
    Visitor::Staff(Role::Reviewer),
    Visitor::Staff(Role::SafeguardingLead),
    Visitor::Staff(Role::Auditor),
    Visitor::Staff(Role::Admin),
];

/// What a visitor gets: 200 (allowed), 303 (to sign in), 403 (refused and audited).
fn expected(method: &str, path: &str, visitor: Visitor) -> u16 {
    match (method, path, visitor) {
        ("GET", "/console" | "/console/login", _) => 200,
        ("GET", "/console/audit", Visitor::Staff(Role::Auditor)) => 200,
        ("GET", "/console/audit", Visitor::Staff(_)) => 403,
        ("GET", "/console/audit", _) => 303,
        ("GET", "/console/inbox", Visitor::Staff(Role::Reviewer | Role::SafeguardingLead)) => 200,
        ("GET", "/console/inbox", Visitor::Staff(_)) => 403,
        ("GET", "/console/inbox", _) => 303,
        // An enrolment link is its own credential; an unknown one is nobody's.
        ("GET", "/console/enrol/unknown", _) => 404,
        // Registering a key: signed-in key holders still need the CSRF token; other roles are
        // refused (and audited) before that.
        ("PUT", "/console/api/key", Visitor::Anonymous | Visitor::ChildSession) => 401,
        ("PUT", "/console/api/key", _) => 403,
        // Sign-out without the session's CSRF token is refused for everyone.
        ("POST", "/console/logout", _) => 403,
        other => panic!("no expectation for {other:?}"),
    }
}

const ROUTES: [(&str, &str); 7] = [
    ("GET", "/console/inbox"),
    ("PUT", "/console/api/key"),
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
        Visitor::Staff(role) => Some(signed_in_as(app, &format!("staff{n}"), role).await),
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
            if want == 403 && path == "/console/audit" {
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
        .filter(|e| e.action == "access.refused" && e.subject == "/console/audit")
        .count();
    assert_eq!(
        audited, refusals,
        "every refusal of a signed-in role is audited"
    );
}

#[tokio::test]
async fn the_auditor_sees_the_log_and_the_verdict_and_no_content() {
    let app = spawn_app().await;
    let words = crate::support::canary("auditor");
    let id = app::domain::SubmissionId::generate();
    app.child_client()
        .post(format!("{}/send", app.child))
        .form(&[("submission_id", id.as_str()), ("text", words.as_str())])
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
