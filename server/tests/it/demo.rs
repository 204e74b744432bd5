//! The README's run command: `heard demo` prepares demo data, prints the URLs and a demo
//! reviewer who can sign in at once; `heard demo-code` works only on a demo data directory.

use crate::support::heard;
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
        ])
        .arg("--data-dir")
        .arg(dir.path())
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
    demo.kill().await.unwrap();

    let elsewhere = tempfile::tempdir().unwrap();
    assert!(!heard(elsewhere.path(), &["demo-code"]).status.success());
}
