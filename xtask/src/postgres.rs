//! The PostgreSQL server the HTTP suite runs against a second time (`cargo xtask test`): the
//! one `HEARD_TEST_POSTGRES` names, or this machine's own cluster, started if it is stopped, with
//! a role `heard_test` that may create databases. Each test app makes its own database
//! `heard_t_<random>`; they are all dropped before and after the run.

use anyhow::{bail, Context, Result};
use std::process::Command;

const LOCAL: &str = "postgres://heard_test:heard_test@127.0.0.1:5432/postgres";

/// The server's URL, ready for tests.
pub fn test_server() -> Result<String> {
    if let Ok(url) = std::env::var("HEARD_TEST_POSTGRES") {
        return Ok(url);
    }
    if !ready() {
        start_local_cluster()?;
    }
    ensure_test_role()?;
    Ok(LOCAL.to_owned())
}

fn ready() -> bool {
    Command::new("pg_isready")
        .args(["-q", "-h", "127.0.0.1", "-p", "5432"])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// Starts the first cluster Debian's `pg_lsclusters` lists (the postgresql package makes one).
fn start_local_cluster() -> Result<()> {
    let listed = Command::new("pg_lsclusters")
        .arg("--no-header")
        .output()
        .context("PostgreSQL is not installed (apt-get install postgresql)")?;
    let text = String::from_utf8_lossy(&listed.stdout);
    let Some(cluster) = text.lines().next() else {
        bail!("PostgreSQL has no cluster (pg_createcluster 15 main)");
    };
    let mut fields = cluster.split_whitespace();
    let (Some(version), Some(name)) = (fields.next(), fields.next()) else {
        bail!("cannot read pg_lsclusters: {cluster}");
    };
    println!("xtask: starting PostgreSQL {version}/{name}");
    let status = Command::new("pg_ctlcluster")
        .args([version, name, "start"])
        .status()
        .context("running pg_ctlcluster")?;
    for _ in 0..50 {
        if ready() {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    bail!("PostgreSQL did not start (pg_ctlcluster: {status})")
}

/// The role the tests connect as, made by the `postgres` superuser over the local socket.
fn ensure_test_role() -> Result<()> {
    let sql = "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'heard_test') \
               THEN CREATE ROLE heard_test LOGIN CREATEDB PASSWORD 'heard_test'; END IF; END $$";
    let status = Command::new("runuser")
        .args([
            "-u",
            "postgres",
            "--",
            "psql",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-c",
            sql,
        ])
        .status()
        .context("running psql as postgres")?;
    if !status.success() {
        bail!("could not create the role heard_test (run as root, or set HEARD_TEST_POSTGRES)");
    }
    Ok(())
}

/// Drops every test database left on `server` (by an earlier run, or a test that panicked).
pub fn drop_test_databases(server: &str) -> Result<()> {
    let listed = Command::new("psql")
        .args([server, "-At", "-c"])
        .arg("SELECT datname FROM pg_database WHERE datname LIKE 'heard\\_t\\_%'")
        .output()
        .context("running psql")?;
    if !listed.status.success() {
        bail!("psql: {}", String::from_utf8_lossy(&listed.stderr));
    }
    for name in String::from_utf8_lossy(&listed.stdout).lines() {
        let status = Command::new("psql")
            .args([server, "-q", "-c"])
            .arg(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
            .status()
            .context("running psql")?;
        if !status.success() {
            bail!("could not drop the test database {name}");
        }
    }
    Ok(())
}
