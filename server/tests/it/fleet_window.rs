//! Two servers on one PostgreSQL database hold the site's flood ceiling together: each reports
//! what its window let in every second and counts the other's (`jobs::fleet_window`), so a
//! script spreading its sends over both gets no more than one server would let it. (On SQLite,
//! one server: `flood.rs` tests its window; this test says so and returns.)

use crate::flood::fresh_send;
use crate::support::database::on_postgres;
use crate::support::{spawn_app_with, spawn_peer_with, Options, TestApp};
use heard::config::FloodArgs;
use std::time::Duration;

const CEILING: u32 = 6;

fn limited() -> Options {
    Options {
        flood: FloodArgs {
            send_limit: CEILING,
            storage_budget_mb: 4096,
            ..FloodArgs::default()
        },
        ..Options::default()
    }
}

async fn send(server: &TestApp) -> u16 {
    fresh_send(server, false, None).await.0.status().as_u16()
}

/// Long enough for one server's report and the other's next hearing (one a second each).
async fn reports() {
    tokio::time::sleep(Duration::from_secs(3)).await;
}

#[tokio::test]
async fn the_sites_ceiling_holds_across_two_servers() {
    if !on_postgres() {
        return;
    }
    let a = spawn_app_with(limited()).await;
    let b = spawn_peer_with(&a, limited()).await;
    for _ in 0..4 {
        assert_eq!(send(&a).await, 201);
    }
    reports().await;
    // What `a` let in counts on `b`: room for two more, not six.
    assert_eq!(send(&b).await, 201);
    assert_eq!(send(&b).await, 201);
    assert_eq!(send(&b).await, 503, "the site's ceiling, not b's own");
    reports().await;
    assert_eq!(send(&a).await, 503, "and what b let in counts on a");
    assert_eq!(a.submission_count().await, i64::from(CEILING));
    // "I am not safe" still gets through on either.
    assert_eq!(fresh_send(&b, true, None).await.0.status(), 201);
}
