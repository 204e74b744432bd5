//! The leads' builder in the console: a consultation from its definition — refused whole, with
//! the reason in the lead's language, when anything is wrong — and managing one: what was
//! decided, closing early and deleting (both need a fresh second factor), each audited.

use crate::support::spawn_app;
use heard::accounts::Role;

const EXAMPLE: &str = include_str!("../../../docs/examples/consultation.toml");
const ACTIONS: &str = include_str!("../../../docs/examples/actions.toml");

/// The example consultation as stored now.
async fn stored(app: &crate::support::TestApp) -> heard::store::ConsultationRow {
    let found = app.store.consultation("food-and-free-time").await.unwrap();
    found.expect("the example consultation")
}

async fn count(app: &crate::support::TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM consultations")
        .fetch_one(app.store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_lead_adds_a_consultation_only_when_it_is_whole_and_is_told_why_in_their_language() {
    let app = spawn_app().await;
    let lead = app.staff("lena", Role::ConsultationLead).await;
    let page = lead.get("/console/consultations/new").await;
    assert_eq!(page.status(), 200);
    assert!(
        page.text().await.unwrap().contains("food-and-free-time"),
        "the example to start from"
    );
    // No CSRF token: refused, nothing stored.
    let r = reqwest::Client::new()
        .post(format!("{}/console/consultations/new", app.console))
        .header("cookie", &lead.cookie)
        .form(&[("definition", EXAMPLE)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let untranslated = EXAMPLE.replace("q-food-3 = ", "# q-food-3 = ");
    for (definition, said) in [
        ("not = [toml", "not a definition in the expected format"),
        (untranslated.as_str(), "is missing in"),
        (
            &EXAMPLE.replace("min_group = 10", "min_group = 3"),
            "may never be below 5",
        ),
    ] {
        let r = lead
            .post_form("/console/consultations/new", &[("definition", definition)])
            .await;
        assert_eq!(r.status(), 400);
        let body = r
            .text()
            .await
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(body.contains(said), "{said}");
        assert!(body.contains("id=\"builder-error\""));
    }
    assert_eq!(count(&app).await, 0, "nothing stored by a refusal");
    let r = lead
        .post_form(
            "/console/consultations/new?lang=es",
            &[("definition", &untranslated)],
        )
        .await;
    let body = r.text().await.unwrap();
    assert!(
        body.contains("lang=\"es\"") && !body.contains("is missing in"),
        "in Spanish"
    );
    let r = lead
        .post_form("/console/consultations/new", &[("definition", EXAMPLE)])
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(count(&app).await, 1);
    let again = lead
        .post_form("/console/consultations/new", &[("definition", EXAMPLE)])
        .await;
    assert_eq!(again.status(), 400, "exists already");
    let entries = app.store.audit_entries().await.unwrap();
    let added = entries
        .iter()
        .find(|e| e.action == "consultation.add")
        .unwrap();
    assert_eq!(added.actor, format!("account:{}", lead.account));
    // Another role may not build one.
    let reviewer = app.staff("rita", Role::Reviewer).await;
    let r = reviewer
        .post_form("/console/consultations/new", &[("definition", EXAMPLE)])
        .await;
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn a_lead_sets_what_was_decided_closes_with_a_fresh_factor_and_deletes() {
    let app = spawn_app().await;
    let lead = app.staff("lena", Role::ConsultationLead).await;
    let example = EXAMPLE
        .replace(
            "opens_on = \"2026-12-01\"",
            &format!(
                "opens_on = \"{}\"",
                heard::store::Day::today().minus_days(1).as_str()
            ),
        )
        .replace(
            "closes_on = \"2026-12-31\"",
            &format!(
                "closes_on = \"{}\"",
                heard::store::Day::today().plus_days(9).as_str()
            ),
        );
    let r = lead
        .post_form("/console/consultations/new", &[("definition", &example)])
        .await;
    assert_eq!(r.status(), 303);
    let manage = "/console/consultations/food-and-free-time/manage";
    assert_eq!(lead.get(manage).await.status(), 200);
    assert_eq!(
        lead.get("/console/consultations/nothing/manage")
            .await
            .status(),
        404
    );
    let bad = ACTIONS.replace("question = \"food\"", "question = \"weather\"");
    let r = lead
        .post_form(manage, &[("action", "actions"), ("actions", &bad)])
        .await;
    assert_eq!(r.status(), 400);
    let body = r
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(body.contains("which is not a question of this consultation"));
    let r = lead
        .post_form(manage, &[("action", "actions"), ("actions", ACTIONS)])
        .await;
    assert_eq!(r.status(), 200);
    let c = stored(&app).await;
    assert_eq!(app.store.actions(c.id).await.unwrap().len(), 3);
    // Closing needs a fresh code.
    let r = lead
        .post_form(manage, &[("action", "close"), ("code", "000000")])
        .await;
    assert_eq!(r.status(), 403);
    let c = stored(&app).await;
    assert!(c.is_open(&heard::store::Day::today()), "still open");
    let r = lead
        .post_form(manage, &[("action", "close"), ("code", &lead.code(0))])
        .await;
    assert_eq!(r.status(), 200);
    let c = stored(&app).await;
    assert!(c.is_closed(&heard::store::Day::today()));
    let r = lead.post_form(manage, &[("action", "nonsense")]).await;
    assert_eq!(r.status(), 400);
    let r = lead
        .post_form(manage, &[("action", "delete"), ("code", "")])
        .await;
    assert_eq!(r.status(), 403, "no fresh factor");
    let r = lead
        .post_form(manage, &[("action", "delete"), ("code", &lead.code(1))])
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(count(&app).await, 0);
    let actions = app.audit_actions().await;
    for action in [
        "consultation.actions",
        "consultation.close",
        "consultation.delete",
    ] {
        assert!(actions.contains(&action.to_owned()), "{action}");
    }
}
