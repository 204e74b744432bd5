//! The crash test on PostgreSQL: twenty SIGKILLs of `heard serve` under load, and once, in the
//! middle, an immediate stop of the database server itself under the same load (no shutdown
//! checkpoint: it recovers from its WAL at the next start). It runs on a PostgreSQL cluster of
//! its own, made for it in a temporary directory (`initdb`), so that crashing it disturbs no
//! other test. It needs the PostgreSQL server binaries; it runs when the suite runs on
//! PostgreSQL (`cargo xtask test`), and says so and returns otherwise.

use crate::crash::{kill_under_load, Target};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The PostgreSQL server binaries (Debian: /usr/lib/postgresql/<version>/bin), newest first.
fn server_binaries() -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| Some(e.ok()?.path().join("bin")))
        .filter(|bin| bin.join("initdb").exists())
        .collect();
    found.sort();
    found.pop()
}

/// A throwaway cluster owned by the `postgres` user (the server refuses to run as root).
struct Cluster {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
}

impl Cluster {
    fn as_postgres(&self, tool: &str, args: &[&str]) {
        let out = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join(tool))
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{tool}: {out:?}");
    }

    fn create(bin: PathBuf, root: &Path) -> Self {
        let dir = root.join("cluster");
        std::fs::create_dir(&dir).unwrap();
        let chown = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(root)
            .status()
            .unwrap();
        assert!(chown.success());
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let cluster = Self { bin, dir, port };
        let data = cluster.dir.to_str().unwrap().to_owned();
        cluster.as_postgres(
            "initdb",
            &[
                "-D",
                &data,
                "-A",
                "trust",
                "-U",
                "postgres",
                "--locale=C.UTF-8",
            ],
        );
        cluster.pg_ctl("start");
        cluster
    }

    /// `start`, or `stop` in immediate mode: every server process ends at once, as in a crash.
    fn pg_ctl(&self, what: &str) {
        let data = self.dir.to_str().unwrap().to_owned();
        let options = format!(
            "-p {} -k {data} -c listen_addresses=127.0.0.1 -c fsync=on",
            self.port
        );
        let log = format!("{data}/server.log");
        match what {
            "start" => self.as_postgres(
                "pg_ctl",
                &["-D", &data, "-o", &options, "-l", &log, "-w", "start"],
            ),
            _ => self.as_postgres("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]),
        }
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.dir.to_str().unwrap().to_owned();
        let _ = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join("pg_ctl"))
            .args(["-D", &data, "-m", "immediate", "stop"])
            .output();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_sigkills_and_a_database_crash_lose_nothing_acknowledged_on_postgres() {
    if !crate::support::database::on_postgres() {
        return;
    }
    let bin = server_binaries().expect("the PostgreSQL server binaries are installed");
    let root = tempfile::tempdir().unwrap();
    let cluster = Cluster::create(bin, root.path());
    let data_dir = root.path().join("heard");
    std::fs::create_dir(&data_dir).unwrap();
    let url = cluster.url();
    let crash = |what: &str| cluster.pg_ctl(what);
    kill_under_load(&data_dir, Target::Postgres(&url, &crash)).await;
    let log = std::fs::read_to_string(cluster.dir.join("server.log")).unwrap();
    assert!(
        log.contains("automatic recovery in progress"),
        "the database crashed and recovered from its WAL:\n{log}"
    );
}
