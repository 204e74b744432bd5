//! The shield's rule as a property: for random facilities, operators, reviewers and affiliations,
//! no reviewer affiliated with a facility (directly or through its operator) is ever among the
//! recipients of a submission naming it, and every unaffiliated one is. Then the reference `age`
//! tool shows the consequence: an affiliated reviewer's identity cannot decrypt such a submission,
//! an unaffiliated one can.

use crate::reviewer_keys::new_sealed_identity;
use crate::support::console::enrol;
use crate::support::{spawn_app, TestApp};
use heard::accounts::Role;
use heard::store::AffiliationTarget;
use proptest::prelude::*;
use std::process::Command;

struct Reviewer {
    account: i64,
    recipient: String,
    identity: String,
    /// Indexes of facilities, and of operators, it is affiliated with.
    facilities: Vec<usize>,
    operators: Vec<usize>,
}

/// Facilities `f0…`, each run by operator `op{facility % operators}`; reviewers with keys and the
/// given affiliations.
async fn world(
    app: &TestApp,
    facilities: usize,
    operators: usize,
    reviewers: &[(Vec<usize>, Vec<usize>)],
) -> (Vec<i64>, Vec<Reviewer>) {
    let mut ids = vec![];
    for f in 0..facilities {
        let operator = format!("op{}", f % operators);
        let id = app
            .store
            .add_facility(
                &format!("f{f}"),
                Some(&operator),
                &[("en".into(), format!("F{f}"))],
            )
            .await
            .unwrap();
        ids.push(id);
    }
    let mut out = vec![];
    for (n, (facility_links, operator_links)) in reviewers.iter().enumerate() {
        let handle = format!("rev{n}");
        enrol(app, &handle, Role::Reviewer).await;
        let account = app.store.login_account(&handle).await.unwrap().unwrap().id;
        let (recipient, sealed, identity) = new_sealed_identity();
        app.store
            .register_reviewer_key(account, &handle, &recipient, &sealed)
            .await
            .unwrap();
        for f in facility_links {
            let target = AffiliationTarget::Facility(ids[f % facilities]);
            app.store.affiliate(account, &target, false).await.unwrap();
        }
        for o in operator_links {
            let target = AffiliationTarget::Operator(format!("op{}", o % operators));
            app.store.affiliate(account, &target, true).await.unwrap();
        }
        out.push(Reviewer {
            account,
            recipient,
            identity,
            facilities: facility_links.iter().map(|f| f % facilities).collect(),
            operators: operator_links.iter().map(|o| o % operators).collect(),
        });
    }
    (ids, out)
}

fn affiliated(r: &Reviewer, facility: usize, operators: usize) -> bool {
    r.facilities.contains(&facility) || r.operators.contains(&(facility % operators))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn no_affiliated_reviewer_is_ever_a_recipient(
        facilities in 1usize..5,
        operators in 1usize..3,
        reviewers in proptest::collection::vec(
            (proptest::collection::vec(0usize..5, 0..3), proptest::collection::vec(0usize..3, 0..2)),
            1..6,
        ),
    ) {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async {
            let app = spawn_app().await;
            let (ids, staff) = world(&app, facilities, operators, &reviewers).await;
            for (f, id) in ids.iter().enumerate() {
                let eligible = app.store.eligible_recipients(Some(*id)).await.unwrap();
                for r in &staff {
                    let listed = eligible.contains(&r.recipient);
                    assert_eq!(listed, !affiliated(r, f, operators), "rev {} and f{f}", r.account);
                }
            }
        });
    }
}

#[tokio::test]
async fn the_age_tool_cannot_open_a_case_with_an_affiliated_identity() {
    let app = spawn_app().await;
    let (_, staff) = world(&app, 2, 1, &[(vec![0], vec![]), (vec![1], vec![])]).await;
    let (id, id_token) = app.nojs_ticket().await;
    let r = app
        .child_client()
        .post(format!("{}/send", app.child))
        .form(&[
            ("submission_id", id.as_str()),
            ("form_token", id_token.as_str()),
            ("text", "about f0"),
            ("place", "f0"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.age");
    std::fs::write(&case, &app.store.submissions().await.unwrap()[0].ciphertext).unwrap();
    let decrypt = |identity: &str| {
        let key = dir.path().join("key.txt");
        std::fs::write(&key, format!("{identity}\n")).unwrap();
        Command::new("age")
            .args(["--decrypt", "--identity"])
            .arg(&key)
            .arg(&case)
            .output()
            .expect("the age tool (apt-get install age)")
    };
    let affiliated = decrypt(&staff[0].identity);
    assert!(!affiliated.status.success(), "rev0 works at f0");
    let unaffiliated = decrypt(&staff[1].identity);
    assert!(
        unaffiliated.status.success(),
        "{}",
        String::from_utf8_lossy(&unaffiliated.stderr)
    );
    assert!(String::from_utf8_lossy(&unaffiliated.stdout).contains("about f0"));
}
