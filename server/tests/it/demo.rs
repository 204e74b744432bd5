//! The README's run command: `heard demo` prepares demo data, prints the URLs and a demo
//! reviewer who can sign in at once and unlock a key that reads the demo cases (and a demo story
//! editor); `heard demo-code` works only on a demo data directory.

use crate::support::heard;
use age::secrecy::SecretString;
use app::api::console::{CasePage, KeyUpload};
use app::domain::SubmissionId;
use app::sealing::open_with;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use heard_core::reviewer_key::unlock_key;
use tokio::io::{AsyncBufReadExt, BufReader};

#[tokio::test]
async fn the_demo_prints_urls_and_a_reviewer_who_can_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut demo = tokio::process::Command::new(env!("CARGO_BIN_EXE_heard"))
        .args([
            "demo",
            "--child-addr",
            "127.0.0.1:0",
            "--console-addr",
            "127.0.0.1:0",
            "--operator-addr",
            "127.0.0.1:0",
        ])
        .arg("--data-dir")
        .arg(dir.path())
        // The built site (the server refuses to start without one).
        .arg("--site-root")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(demo.stdout.take().unwrap()).lines();
    let (mut printed, mut console) = (String::new(), None);
    while let Some(line) = lines.next_line().await.unwrap() {
        printed.push_str(&line);
        printed.push('\n');
        if let Some(url) = line.trim().strip_prefix("Console:") {
            console = Some(url.trim().trim_end_matches("/console").to_owned());
            break;
        }
    }
    let console = console.unwrap_or_else(|| panic!("no console URL in:\n{printed}"));
    assert!(
        printed.contains("Child site: http://127.0.0.1:"),
        "{printed}"
    );
    let password = printed
        .lines()
        .find_map(|l| l.trim().strip_prefix("password: "))
        .expect("a demo password")
        .to_owned();

    assert!(printed.contains("handle: demo-story-editor"), "{printed}");
    let editor_code = heard(dir.path(), &["demo-code", "--story-editor"]);
    assert!(
        editor_code.status.success(),
        "a story can be told and read on the demo"
    );
    assert_ne!(editor_code.stdout, heard(dir.path(), &["demo-code"]).stdout);

    let code = heard(dir.path(), &["demo-code"]);
    assert!(
        code.status.success(),
        "{}",
        String::from_utf8_lossy(&code.stderr)
    );
    let code = String::from_utf8(code.stdout).unwrap().trim().to_owned();
    let signed = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{console}/console/login"))
        .form(&[
            ("handle", "demo-reviewer"),
            ("password", password.as_str()),
            ("code", code.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed.status(), 303, "the demo reviewer signs in");

    // The printed key passphrase unlocks the demo reviewer's key, which opens every demo case
    // listed in the inbox (what the browser does after "Unlock").
    let passphrase = printed
        .lines()
        .find_map(|l| {
            l.split("key passphrase (unlocks the key in the inbox): ")
                .nth(1)
        })
        .expect("a key passphrase");
    let cookie = signed.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let client = reqwest::Client::new();
    let get = |path: &str| {
        client
            .get(format!("{console}{path}"))
            .header("cookie", &cookie)
            .send()
    };
    let key: KeyUpload = get("/console/api/key").await.unwrap().json().await.unwrap();
    let identity = unlock_key(&key, SecretString::from(passphrase.to_owned())).unwrap();
    let page: CasePage = get("/console/api/cases")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(page.cases.len(), 3, "three demo cases");
    for case in page.cases {
        let id = SubmissionId::parse(&case.summary.id).unwrap();
        let bytes = BASE64.decode(&case.ciphertext).unwrap();
        let opened = open_with(&bytes, &identity, &id).unwrap();
        assert!(opened.text.starts_with("(demo)"));
    }
    demo.kill().await.unwrap();

    let elsewhere = tempfile::tempdir().unwrap();
    assert!(!heard(elsewhere.path(), &["demo-code"]).status.success());
}

#[test]
fn the_demo_refuses_a_data_directory_it_did_not_make() {
    let real = tempfile::tempdir().unwrap();
    let init = heard(real.path(), &["recovery", "init"]);
    assert!(init.status.success());
    let before: Vec<_> = std::fs::read_dir(real.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let demo = std::process::Command::new(env!("CARGO_BIN_EXE_heard"))
        .args(["demo", "--data-dir"])
        .arg(real.path())
        .output()
        .unwrap();
    assert!(!demo.status.success());
    assert!(String::from_utf8_lossy(&demo.stderr).contains("is not a demo data directory"));
    let after: Vec<_> = std::fs::read_dir(real.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(before, after, "nothing was written");
    let accounts = heard(real.path(), &["accounts", "list"]);
    assert!(String::from_utf8_lossy(&accounts.stdout).trim().is_empty());
}
