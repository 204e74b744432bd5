//! The admin CLI, run as the real `heard` binary: the recovery key is printed once and only its
//! public recipient is stored; extra recipients join and leave the list new submissions are
//! sealed to.

use crate::support::heard;
use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::sealing::{open, seal, RecipientSet};
use heard::store::Store;
use std::process::{Command, Output};

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[tokio::test]
async fn recovery_init_prints_the_identity_once_and_stores_only_the_recipient() {
    let dir = tempfile::tempdir().unwrap();
    let printed = stdout(&heard(dir.path(), &["recovery", "init"]));
    let identity = printed
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .expect("the identity is printed")
        .to_owned();

    // A second init would silently orphan the first key: refused without --rotate.
    let again = heard(dir.path(), &["recovery", "init"]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("--rotate"));

    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let secret_body = &identity["AGE-SECRET-KEY-1".len()..];
        assert!(!bytes
            .windows(secret_body.len())
            .any(|w| w.eq_ignore_ascii_case(secret_body.as_bytes())));
    }

    let store = Store::open_sqlite(&dir.path().join("heard.sqlite3"))
        .await
        .unwrap();
    let recipients = store.active_recipients().await.unwrap();
    assert_eq!(recipients.len(), 1);
    let id = SubmissionId::generate();
    let words = ChildWords::parse("for the recovery key".into()).unwrap();
    let envelope = Envelope::new(id.clone(), "en", SealedIn::Server, words);
    let sealed = seal(envelope, &RecipientSet::parse(&recipients).unwrap()).unwrap();
    assert_eq!(
        open(sealed.as_bytes(), &identity, &id).unwrap().text,
        "for the recovery key"
    );
}

#[tokio::test]
async fn extra_recipients_are_added_listed_and_retired() {
    let dir = tempfile::tempdir().unwrap();
    stdout(&heard(dir.path(), &["recovery", "init"]));
    let extra = age::x25519::Identity::generate().to_public().to_string();

    stdout(&heard(
        dir.path(),
        &["recipients", "add", &extra, "--label", "second"],
    ));
    let listed = stdout(&heard(dir.path(), &["recipients", "list"]));
    assert!(
        listed.contains(&extra) && listed.contains("second"),
        "{listed}"
    );

    let bad = heard(dir.path(), &["recipients", "add", "age1notarecipient"]);
    assert!(!bad.status.success());

    stdout(&heard(dir.path(), &["recipients", "remove", &extra]));
    let store = Store::open_sqlite(&dir.path().join("heard.sqlite3"))
        .await
        .unwrap();
    assert!(!store.active_recipients().await.unwrap().contains(&extra));
    assert_eq!(
        store.active_recipients().await.unwrap().len(),
        1,
        "the recovery key stays"
    );
}

#[test]
fn serve_refuses_to_start_without_any_recipient() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_heard"))
        .args([
            "serve",
            "--child-addr",
            "127.0.0.1:0",
            "--console-addr",
            "127.0.0.1:0",
            "--operator-addr",
            "127.0.0.1:0",
        ])
        .arg("--data-dir")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("heard recovery init"));
}

/// An operator who points the server at a folder with no built site (or forgot to build) is
/// told so at start, instead of serving pages whose bundle is missing.
#[test]
fn serve_refuses_to_start_without_a_built_site() {
    let dir = tempfile::tempdir().unwrap();
    let init = Command::new(env!("CARGO_BIN_EXE_heard"))
        .args(["recovery", "init", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(init.status.success());
    let output = Command::new(env!("CARGO_BIN_EXE_heard"))
        .args([
            "serve",
            "--child-addr",
            "127.0.0.1:0",
            "--console-addr",
            "127.0.0.1:0",
            "--operator-addr",
            "127.0.0.1:0",
        ])
        .arg("--data-dir")
        .arg(dir.path())
        .arg("--site-root")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("site-files.txt") && said.contains("cargo xtask build"),
        "{said}"
    );
}

#[test]
fn facilities_are_added_and_listed_with_a_warning_when_coverage_is_thin() {
    let dir = tempfile::tempdir().unwrap();
    let added = heard(
        dir.path(),
        &[
            "facilities",
            "add",
            "--code",
            "casa-norte",
            "--operator",
            "hope-org",
            "--name",
            "en=North House",
            "--name",
            "es=Casa Norte",
        ],
    );
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let refused = heard(
        dir.path(),
        &["facilities", "add", "--code", "Bad Code", "--name", "en=X"],
    );
    assert!(!refused.status.success());
    let unknown_lang = heard(
        dir.path(),
        &["facilities", "add", "--code", "casa-sur", "--name", "xx=X"],
    );
    assert!(!unknown_lang.status.success());
    let svg = dir.path().join("house.svg");
    std::fs::write(
        &svg,
        "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
    )
    .unwrap();
    let scriptable = heard(
        dir.path(),
        &[
            "facilities",
            "add",
            "--code",
            "casa-este",
            "--name",
            "en=East",
            "--picture",
            svg.to_str().unwrap(),
        ],
    );
    assert!(!scriptable.status.success(), "an SVG picture is refused");
    let list = stdout(&heard(dir.path(), &["facilities", "list"]));
    assert!(!list.contains("casa-este"), "{list}");
    assert!(list.contains("casa-norte\thope-org\tNorth House"), "{list}");
    assert!(list.contains("reviewers who can read it: 0"), "{list}");
    assert!(list.contains("WARNING: thin coverage"), "{list}");
    assert!(!list.contains("casa-sur"), "{list}");
    stdout(&heard(
        dir.path(),
        &["facilities", "retire", "--code", "casa-norte"],
    ));
    let list = stdout(&heard(dir.path(), &["facilities", "list"]));
    assert!(
        !list.contains("casa-norte"),
        "a retired facility is no longer offered: {list}"
    );
    assert!(!heard(
        dir.path(),
        &["facilities", "retire", "--code", "casa-norte"]
    )
    .status
    .success());
    let audit = stdout(&heard(dir.path(), &["audit", "list"]));
    assert!(
        audit.contains("facility.add") && audit.contains("facility.retire"),
        "{audit}"
    );
}
