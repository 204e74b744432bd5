//! Invitations: no default accounts; an admin's invite makes a one-time link that expires; only a
//! hash of its token is stored; it can be used once.

use crate::support::heard;
use heard::accounts::{Handle, InvitationToken, Role};
use heard::store::Store;
use std::time::Duration;

async fn store(dir: &tempfile::TempDir) -> Store {
    Store::open_sqlite(&dir.path().join("heard.sqlite3"))
        .await
        .unwrap()
}

#[tokio::test]
async fn an_invite_prints_a_one_time_link_and_stores_only_its_hash() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        store(&dir).await.accounts().await.unwrap().is_empty(),
        "no default accounts"
    );
    let out = heard(
        dir.path(),
        &[
            "accounts", "invite", "--handle", "ana", "--role", "reviewer",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8(out.stdout).unwrap();
    let link = printed
        .lines()
        .find(|l| l.contains("/console/enrol/"))
        .expect("a link");
    let token = link.rsplit('/').next().unwrap();
    assert_eq!(token.len(), 64);

    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(
            !bytes.windows(64).any(|w| w == token.as_bytes()),
            "the token itself is stored"
        );
    }
    let store = store(&dir).await;
    let accounts = store.accounts().await.unwrap();
    assert_eq!(
        (accounts[0].handle.as_str(), accounts[0].status.as_str()),
        ("ana", "invited")
    );
    let invitation = store
        .open_invitation(&InvitationToken::parse(token).unwrap())
        .await
        .unwrap()
        .expect("the link opens");
    assert_eq!(invitation.role, Role::Reviewer);
    let actions: Vec<String> = store
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["account.invite"]);
}

#[tokio::test]
async fn bad_invites_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        ["--handle", "Ana Lopez", "--role", "reviewer"],
        ["--handle", "ana", "--role", "root"],
    ] {
        let out = heard(
            dir.path(),
            &[&["accounts", "invite"][..], &args[..]].concat(),
        );
        assert!(!out.status.success(), "{args:?}");
    }
    assert!(heard(
        dir.path(),
        &["accounts", "invite", "--handle", "ana", "--role", "auditor"]
    )
    .status
    .success());
    let again = heard(
        dir.path(),
        &["accounts", "invite", "--handle", "ana", "--role", "admin"],
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("taken"));
    assert_eq!(store(&dir).await.accounts().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_link_works_once_and_not_after_it_expires() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(&dir).await;
    let token = store
        .invite(
            &Handle::parse("ben").unwrap(),
            Role::SafeguardingLead,
            Duration::from_secs(3600),
        )
        .await
        .unwrap();
    let first = store
        .complete_enrolment(&token, "$argon2id$stub", "SECRET", 1)
        .await
        .unwrap();
    assert!(first.is_some());
    assert_eq!(
        store
            .complete_enrolment(&token, "$argon2id$other", "OTHER", 2)
            .await
            .unwrap(),
        None
    );
    assert_eq!(store.open_invitation(&token).await.unwrap(), None);
    assert_eq!(store.accounts().await.unwrap()[0].status, "active");

    let expired = store
        .invite(
            &Handle::parse("cleo").unwrap(),
            Role::Auditor,
            Duration::ZERO,
        )
        .await
        .unwrap();
    assert_eq!(store.open_invitation(&expired).await.unwrap(), None);
    assert_eq!(
        store
            .complete_enrolment(&expired, "h", "s", 1)
            .await
            .unwrap(),
        None
    );
    assert_eq!(InvitationToken::parse("not-a-token").map(|_| ()), None);
}
