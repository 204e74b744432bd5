//! The operator's listener: health, readiness and Prometheus metrics, served there and nowhere
//! else, and metrics with no label that could name a child, a facility, a kiosk or a reviewer.

use crate::support::console::signed_in_as;
use crate::support::{add_kiosk, canary, heard, spawn_app};
use heard::accounts::Role;
use heard::store::Day;

#[tokio::test]
async fn health_and_readiness_answer_on_the_operator_listener_only() {
    let app = spawn_app().await;
    let client = reqwest::Client::new();
    let healthz = client
        .get(format!("{}/healthz", app.operator))
        .send()
        .await
        .unwrap();
    assert_eq!(healthz.status(), 200);
    assert_eq!(healthz.headers()["cache-control"], "no-store");
    let readyz = client
        .get(format!("{}/readyz", app.operator))
        .send()
        .await
        .unwrap();
    assert_eq!(readyz.status(), 200);
    for site in [&app.child, &app.console] {
        for path in ["/healthz", "/readyz", "/metrics"] {
            let r = client.get(format!("{site}{path}")).send().await.unwrap();
            assert_eq!(r.status(), 404, "{site}{path} is not served to the public");
        }
    }
    // A wrong method is a 4xx, never a 5xx.
    let post = client
        .post(format!("{}/metrics", app.operator))
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 405);

    // With nobody to seal to, a load balancer must not send children here.
    sqlx::query("UPDATE recipients SET active = 0")
        .execute(app.store.pool())
        .await
        .unwrap();
    let not_ready = client
        .get(format!("{}/readyz", app.operator))
        .send()
        .await
        .unwrap();
    assert_eq!(not_ready.status(), 503);
}

#[tokio::test]
async fn metrics_name_no_child_place_kiosk_or_reviewer_and_do_not_move_when_a_child_acts() {
    let app = spawn_app().await;
    let added = heard(
        app.data_dir.path(),
        &[
            "facilities",
            "add",
            "--code",
            "casa-lejana",
            "--name",
            "en=Casa Lejana",
        ],
    );
    assert!(added.status.success(), "{added:?}");
    // The day's figures (one recorder serves the whole test binary: other tests' servers
    // count their own failures, so the child site's lines are checked by status below).
    let child_figures = |metrics: &str| -> Vec<String> {
        let mut lines: Vec<String> = metrics
            .lines()
            .filter(|l| l.starts_with("heard_") && l.contains("_before_today"))
            .map(str::to_owned)
            .collect();
        lines.sort();
        lines
    };
    let before = child_figures(&app.metrics().await);

    // A child's visit, send, kiosk page and named place; a script's invented method.
    let words = canary("metrics");
    let id = app.send_by_form(&words).await;
    let kiosk = add_kiosk(&app, &[]);
    let client = app.child_client();
    assert_eq!(client.get(&kiosk).send().await.unwrap().status(), 200);
    let placed = client
        .get(format!("{}/api/recipients?place=casa-lejana", app.child))
        .send()
        .await
        .unwrap();
    assert_eq!(placed.status(), 200);
    let odd = reqwest::Method::from_bytes(b"BREWCOFFEE").unwrap();
    for site in [&app.child, &app.console] {
        client
            .request(odd.clone(), format!("{site}/"))
            .send()
            .await
            .unwrap();
    }
    signed_in_as(&app, "rosalind", Role::Reviewer).await;

    let metrics = app.metrics().await;
    assert_eq!(
        child_figures(&metrics),
        before,
        "nothing a child did moved a figure (a scrape would time it)"
    );
    let counted_child_requests: Vec<&str> = metrics
        .lines()
        .filter(|l| l.starts_with("heard_http_requests_total") && l.contains(r#"site="child""#))
        .filter(|l| !l.contains(r#"status="5"#))
        .collect();
    assert_eq!(
        counted_child_requests,
        Vec::<&str>::new(),
        "the child site is counted only when it fails"
    );
    // The console's requests are counted by route template; invented methods make no label.
    assert!(metrics.contains(r#"route="/console/login""#), "{metrics}");
    assert!(metrics.contains(r#"method="unusual""#));
    assert!(metrics.contains("heard_http_request_duration_seconds_bucket"));
    assert!(metrics.contains("heard_messages_before_today"));
    // The background jobs ran at start, and are counted by job and outcome.
    assert!(
        metrics.contains(r#"heard_job_runs_total{job="retention",outcome="ok"}"#),
        "{metrics}"
    );
    let kiosk_token = kiosk.trim_end_matches('/').rsplit('/').next().unwrap();
    for secret in [
        words.as_str(),
        id.as_str(),
        kiosk_token,
        "casa-lejana",
        "Casa Lejana",
        "rosalind",
        "BREWCOFFEE",
    ] {
        assert!(!metrics.contains(secret), "{secret} is in the metrics");
    }

    // Today's message is counted from tomorrow on, and is an open case then.
    let today = Day::today();
    assert_eq!(app.store.figures_before(&today).await.unwrap(), (0, 0, 0));
    assert_eq!(
        app.store.figures_before(&today.plus_days(1)).await.unwrap(),
        (1, 0, 1)
    );
}
