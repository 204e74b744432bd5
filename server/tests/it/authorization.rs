//! The authorization matrix of the console, walked from the policy itself
//! (`heard::http::console_policy::POLICY`): every guarded route × every kind of visitor. Visitors
//! not signed in (and a child's session, which means nothing here) are sent to sign in; a
//! signed-in role outside the route's audience gets 403 and the refusal is audited; a role inside
//! it is never refused for its role. A handler whose extractor disagrees with its row fails here.

use crate::reviewer_keys::{csrf, new_sealed_identity, put_key};
use crate::support::console::signed_in_as;
use crate::support::{spawn_app, TestApp};
use heard::accounts::Role;
use heard::http::console_policy::{Rule, POLICY, PUBLIC};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Visitor {
    Anonymous,
    ChildSession,
    Staff(Role),
}

/// Nobody, a child, and every role there is (a new role is walked the day it exists).
fn visitors() -> Vec<Visitor> {
    [Visitor::Anonymous, Visitor::ChildSession]
        .into_iter()
        .chain(Role::ALL.iter().map(|r| Visitor::Staff(*r)))
        .collect()
}

/// A well-formed id that no case or story has.
const UNKNOWN_ID: &str = "0123456789abcdef0123456789abcdef";

/// The route with its parameters filled in: ids nobody has, a token nobody holds.
fn concrete(route: &str) -> String {
    route
        .replace("{id}", UNKNOWN_ID)
        .replace("{version}", UNKNOWN_ID)
        .replace("{token}", "unknown")
}

/// Refusals audited for a route (their subject is the route's pattern, never an id).
async fn refusals_of(app: &TestApp, rule: &Rule) -> usize {
    app.store
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "access.refused" && e.subject == rule.route)
        .count()
}

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
            if Role::KEY_HOLDERS.contains(&role) {
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
async fn every_guarded_route_admits_exactly_its_audience() {
    let app = spawn_app().await;
    for (n, visitor) in visitors().into_iter().enumerate() {
        let cookie = cookie_for(&app, visitor, n).await;
        for rule in POLICY {
            let before = refusals_of(&app, rule).await;
            let mut request = app.child_client().request(
                rule.method.parse().unwrap(),
                format!("{}{}", app.console, concrete(rule.route)),
            );
            if let Some(c) = &cookie {
                request = request.header("cookie", c);
            }
            let status = request.send().await.unwrap().status().as_u16();
            let audited = refusals_of(&app, rule).await - before;
            let what = format!("{} {} as {visitor:?}", rule.method, rule.route);
            match visitor {
                Visitor::Anonymous | Visitor::ChildSession => {
                    assert_eq!(status, if rule.api { 401 } else { 303 }, "{what}");
                    assert_eq!(audited, 0, "{what}");
                }
                Visitor::Staff(role) if !rule.roles.contains(&role) => {
                    assert_eq!(status, 403, "{what}");
                    assert_eq!(audited, 1, "the refusal is audited: {what}");
                }
                Visitor::Staff(_) => {
                    // Let through: the handler answers (a change without the session's CSRF
                    // token is still refused, but not for the role, and not audited as such).
                    assert!(![401, 303].contains(&status), "{what}: {status}");
                    assert!(status < 500, "{what}: {status}");
                    assert_eq!(audited, 0, "{what}");
                }
            }
        }
    }
}

#[tokio::test]
async fn public_console_routes_need_no_account_and_the_two_tables_do_not_overlap() {
    let app = spawn_app().await;
    for (method, route) in PUBLIC {
        assert!(
            !POLICY
                .iter()
                .any(|r| r.method == *method && r.route == *route),
            "{method} {route} is in both tables"
        );
        let status = app
            .child_client()
            .request(
                method.parse().unwrap(),
                format!("{}{}", app.console, concrete(route)),
            )
            .send()
            .await
            .unwrap()
            .status()
            .as_u16();
        // Never "sign in first": these are how one signs in, or are nobody's.
        assert!(
            ![401, 303].contains(&status) || *route == "/console/enrol/{token}",
            "{method} {route}: {status}"
        );
        assert!(status < 500, "{method} {route}: {status}");
    }
}

#[tokio::test]
async fn a_key_holders_reach_for_a_case_not_sealed_to_them_is_audited() {
    let app = spawn_app().await;
    let cookie = cookie_for(&app, Visitor::Staff(Role::Reviewer), 0)
        .await
        .unwrap();
    for path in [UNKNOWN_ID.to_owned(), format!("{UNKNOWN_ID}/share")] {
        let status = app
            .child_client()
            .get(format!("{}/console/api/cases/{path}", app.console))
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, 404, "as if there were no such case");
    }
    let reaches = app
        .store
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "access.refused" && e.subject.contains(UNKNOWN_ID))
        .count();
    assert_eq!(reaches, 2, "each reach (the case, its sharing) is audited");
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
    crate::support::database::drop_trigger(&app.store, "audit_log_no_update", "audit_log").await;
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
