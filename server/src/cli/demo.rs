//! Demo data for `cargo xtask demo`. Demo only: the recovery identity is written to a file in the
//! data directory so that a newcomer can decrypt with the `age` tool. A real instance prints it
//! once (`heard recovery init`) and stores it nowhere. Likewise the demo reviewer's password and
//! authenticator key are printed so that a newcomer can sign in at once, and the demo reviewer's
//! key is made here (not in a browser) with a printed key passphrase, so that the demo cases are
//! sealed to it and a newcomer can unlock and read them.

use super::keys::new_recovery_identity;
use crate::accounts::credentials::{hash_new_password, new_totp_secret, totp_code_now};
use crate::accounts::{Handle, Role};
use crate::config::DataArgs;
use crate::store::{Arrival, CaseReader, Day, InboxFilter, Queue, SealedCase, Store};
use age::secrecy::ExposeSecret;
use anyhow::Context;
use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::i18n::Lang;
use app::sealing::{seal, RecipientSet};
use heard_core::reviewer_key::make_key;

pub const DEMO_IDENTITY_FILE: &str = "DEMO-ONLY-recovery-identity.txt";
const DEMO_HANDLE: &str = "demo-reviewer";
/// A story editor, so that a story told on the demo has someone to read it.
const DEMO_EDITOR: &str = "demo-story-editor";
const DEMO_PASSWORD: &str = "demo only, never in production";
const DEMO_KEY_PASSPHRASE: &str = "demo key passphrase, never in production";

const DEMO_WORDS: [&str; 3] = [
    "(demo) I would like more time to call my family.",
    "(demo) The bathroom door on the second floor does not lock.",
    "(demo) Gracias por las clases de inglés.",
];

pub async fn prepare(data: &DataArgs) -> anyhow::Result<()> {
    refuse_a_real_instance(data)?;
    tokio::fs::create_dir_all(&data.data_dir).await?;
    let store = data.open_store().await?;
    let identity_path = data.data_dir.join(DEMO_IDENTITY_FILE);
    if !store.has_recovery_recipient().await? {
        let identity = new_recovery_identity(&store, false).await?;
        let text = format!(
            "# DEMO ONLY. A real instance never stores its recovery identity.\n{}\n",
            identity.to_string().expose_secret()
        );
        write_private(&identity_path, &text).await?;
    }
    let (totp_secret, reviewer) = demo_account(&store, DEMO_HANDLE, Role::Reviewer).await?;
    let (editor_secret, _) = demo_account(&store, DEMO_EDITOR, Role::StoryEditor).await?;
    let lead = super::demo_consultations::prepare(&store).await?;
    if store.help_contacts(Lang::default()).await?.is_empty() {
        // 555-01xx numbers are reserved for fiction: nobody is called by mistake.
        let phone = app::domain::PhoneNumber::parse("+1 202 555 0100")?;
        store
            .add_help_contact(&phone, &demo_texts("helpline")?)
            .await?;
    }
    if store.facilities(Lang::default()).await?.is_empty() {
        store
            .add_facility(
                "demo-hope-house",
                Some("(demo) operator"),
                &demo_texts("facility")?,
            )
            .await?;
    }
    let first = InboxFilter {
        before: None,
        status: None,
        queue: Queue::All,
        overdue_cutoff: Day::today(),
        limit: 1,
    };
    let sealed_to_reviewer = store.inbox_page(&reviewer, &first).await?;
    if sealed_to_reviewer.is_empty() {
        let recipients = store.eligible_recipients(None).await?;
        let set = RecipientSet::parse(&recipients)?;
        for words in DEMO_WORDS {
            let id = SubmissionId::generate();
            let envelope = Envelope::new(
                id.clone(),
                "en",
                SealedIn::Server,
                ChildWords::parse(words.to_owned())?,
            );
            let case = SealedCase {
                id,
                sealed: seal(envelope, &set)?,
                recipients: set.clone(),
                facility: None,
                arrival: Arrival::Normal,
                return_code: None,
            };
            store.insert_case(case, &Day::today()).await?;
        }
    }
    println!("Demo data is in {}.", data.data_dir.display());
    println!("  Demo reviewer (DEMO ONLY): sign in at the console URL below + /login");
    println!("    handle: {DEMO_HANDLE}");
    println!("    password: {DEMO_PASSWORD}");
    println!("    authenticator key: {totp_secret} (add it to any TOTP app)");
    println!("    key passphrase (unlocks the key in the inbox): {DEMO_KEY_PASSPHRASE}");
    println!(
        "    or print the current code: heard demo-code --data-dir {}",
        data.data_dir.display()
    );
    println!("  Demo story editor (DEMO ONLY): the same password and key passphrase");
    println!("    handle: {DEMO_EDITOR}");
    println!("    authenticator key: {editor_secret}");
    println!(
        "    or print the current code: heard demo-code --story-editor --data-dir {}",
        data.data_dir.display()
    );
    println!("  Demo consultation lead (DEMO ONLY): the same password and key passphrase");
    println!("    handle: {}", super::demo_consultations::DEMO_LEAD);
    println!("    authenticator key: {lead}");
    println!(
        "  Demo consultations: /consult on the child site (one open, one closed with results)"
    );
    println!(
        "  Decrypt a demo submission: heard submissions export --data-dir {} --dir /tmp/heard-export && age -d -i {} /tmp/heard-export/1-*.age",
        data.data_dir.display(),
        identity_path.display()
    );
    Ok(())
}

/// A demo account, enrolled on first run (no key: see [`demo_account`] for one with a key).
pub(super) async fn demo_login(
    store: &Store,
    name: &str,
    role: Role,
) -> anyhow::Result<crate::store::LoginAccount> {
    Ok(match store.login_account(name).await? {
        Some(account) => account,
        None => {
            let handle = Handle::parse(name)?;
            let token = store
                .invite(&handle, role, std::time::Duration::from_secs(60))
                .await?;
            let secret = new_totp_secret().to_string();
            let phc = hash_new_password(DEMO_PASSWORD, DEMO_PASSWORD)?;
            store
                .complete_enrolment(&token, &phc, &secret, 0)
                .await?
                .context("enrolling the demo reviewer")?;
            store
                .login_account(name)
                .await?
                .context("the demo account just enrolled")?
        }
    })
}

/// A demo account's TOTP secret and key recipient, enrolling the account and making its key on
/// first run.
pub(super) async fn demo_account(
    store: &Store,
    name: &str,
    role: Role,
) -> anyhow::Result<(String, CaseReader)> {
    let account = demo_login(store, name, role).await?;
    let secret = account.totp_secret.context("an enrolled demo reviewer")?;
    if let Some(recipient) = store.recipient_of(account.id).await? {
        let reader = CaseReader {
            account: account.id,
            recipient,
        };
        return Ok((secret, reader));
    }
    let passphrase = || age::secrecy::SecretString::from(DEMO_KEY_PASSPHRASE.to_owned());
    let (key, _identity) = make_key(passphrase(), passphrase())?;
    store
        .register_reviewer_key(account.id, name, &key.recipient, &key.encrypted_identity)
        .await?;
    let reader = CaseReader {
        account: account.id,
        recipient: key.recipient,
    };
    Ok((secret, reader))
}

/// The demo writes its recovery identity to disk and adds accounts with printed passwords: never
/// in a data directory it did not make (one with files but without the demo's own marker).
fn refuse_a_real_instance(data: &DataArgs) -> anyhow::Result<()> {
    // A PostgreSQL database is a real instance's (the demo is for SQLite): its demo accounts and
    // their printed passwords and key passphrase would read every new case.
    if data.database_url.is_some() {
        anyhow::bail!(
            "the demo runs on SQLite only: it refuses to add its accounts and keys to a \
             PostgreSQL database (unset --database-url / HEARD_DATABASE_URL)"
        );
    }
    let has_files = std::fs::read_dir(&data.data_dir)
        .map(|mut entries| entries.next().is_some())
        .unwrap_or(false);
    if has_files && !data.data_dir.join(DEMO_IDENTITY_FILE).exists() {
        anyhow::bail!(
            "{} is not a demo data directory (made by `heard demo`): the demo refuses to add \
             its accounts and keys to it. Choose an empty or new directory.",
            data.data_dir.display()
        );
    }
    Ok(())
}

/// `heard demo-code`: the demo reviewer's current TOTP code. Refused outside a demo data
/// directory, so it cannot become a way around a real account's second factor.
pub async fn current_code(data: &DataArgs, story_editor: bool) -> anyhow::Result<()> {
    if data.database_url.is_some() || !data.data_dir.join(DEMO_IDENTITY_FILE).exists() {
        anyhow::bail!("not a demo data directory (made by `heard demo`, on SQLite)");
    }
    let store = data.open_store().await?;
    let handle = if story_editor {
        DEMO_EDITOR
    } else {
        DEMO_HANDLE
    };
    let secret = store
        .login_account(handle)
        .await?
        .and_then(|a| a.totp_secret)
        .context("no such demo account here")?;
    println!("{}", totp_code_now(&secret).context("a valid demo key")?);
    Ok(())
}

async fn write_private(path: &std::path::Path, text: &str) -> anyhow::Result<()> {
    tokio::fs::write(path, text).await?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tokio::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).await?;
    }
    Ok(())
}

/// A demo text in every language that has its own (`locales/<code>/demo.toml`): a language whose
/// file only repeats the Spanish is left out, so that the label's `lang` never lies.
fn demo_texts(key: &str) -> anyhow::Result<Vec<(String, String)>> {
    let text_of = |folder: &app::i18n::sources::Folder| -> anyhow::Result<String> {
        let table: toml::Table = toml::from_str(folder.demo)?;
        table
            .get(key)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
            .ok_or_else(|| anyhow::anyhow!("{}/demo.toml lacks {key}", folder.code))
    };
    let spanish = app::i18n::sources::ALL
        .iter()
        .find(|f| f.code == "es")
        .map(text_of)
        .transpose()?;
    let mut texts = Vec::new();
    for folder in app::i18n::sources::ALL {
        let text = text_of(folder)?;
        if folder.code == "es" || Some(&text) != spanish.as_ref() {
            texts.push((folder.code.to_owned(), text));
        }
    }
    Ok(texts)
}
