//! The operator's listener: health, readiness and Prometheus metrics, served there and nowhere
//! else, and metrics with no label that could name a child, a facility, a kiosk or a reviewer.

use crate::support::console::signed_in_as;
use crate::support::{add_kiosk, canary, heard, spawn_app};
use heard::accounts::Role;

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
async fn metrics_count_requests_by_route_template_and_name_no_child_place_kiosk_or_reviewer() {
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
    signed_in_as(&app, "rosalind", Role::Reviewer).await;
    // A script inventing methods must not invent labels.
    let odd = reqwest::Method::from_bytes(b"BREWCOFFEE").unwrap();
    client
        .request(odd, format!("{}/", app.child))
        .send()
        .await
        .unwrap();

    let metrics = app.metrics().await;
    let accepted = metrics
        .lines()
        .find(|l| l.starts_with("heard_submissions_accepted_total"))
        .expect("submissions are counted");
    let count: f64 = accepted.split_whitespace().last().unwrap().parse().unwrap();
    assert!(count >= 1.0, "{accepted}");
    assert!(
        metrics.contains(r#"route="/send""#) && metrics.contains(r#"site="child""#),
        "requests are counted by route template"
    );
    assert!(metrics.contains("heard_http_request_duration_seconds_bucket"));
    assert!(metrics.contains("heard_cases_open"));
    // The background jobs ran at start, and are counted by job and outcome.
    assert!(
        metrics.contains(r#"heard_job_runs_total{job="retention",outcome="ok"}"#),
        "{metrics}"
    );
    assert!(metrics.contains(r#"method="unusual""#));
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
}
