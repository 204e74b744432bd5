//! The audit log's hash chain: what an entry is, how its hash is made, and how a chain is
//! verified. Storage is in `store::audit`; this module is pure so it can be tested on its own.
//!
//! Each hash is SHA-256 over the previous entry's hash and this entry's fields, each field
//! length-prefixed so that no two different entries encode alike. The sequence number is hashed
//! too, so moving an entry to another position breaks the chain as surely as editing it.

use sha2::{Digest, Sha256};

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who acted. Never a child: children are not audited as actors, their submissions are subjects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// An admin at the command line of the server.
    Cli,
    /// Heard itself (background jobs such as retention).
    System,
    /// A console account, by id (its handle can change; the id does not).
    Account(i64),
    /// Someone not signed in whose claimed handle does not exist.
    Anonymous,
    /// A child coming back with their return code (who they are is not known, nor recorded).
    Child,
}

impl Actor {
    pub fn name(self) -> String {
        match self {
            Actor::Cli => "cli".to_owned(),
            Actor::System => "system".to_owned(),
            Actor::Account(id) => format!("account:{id}"),
            Actor::Anonymous => "anonymous".to_owned(),
            Actor::Child => "child".to_owned(),
        }
    }
}

/// What happened. Stored as a stable string; add variants, never rename them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    RecoveryInit,
    RecipientAdd,
    RecipientRemove,
    /// Ciphertext of every submission was written out (a read of every case).
    SubmissionsExport,
    /// A closed case's content was deleted because its retention period ended.
    CaseDeletedByRetention,
    /// An account was invited (subject: handle and role).
    AccountInvite,
    /// An invited account completed enrolment (subject: handle).
    AccountEnrol,
    /// A successful sign-in.
    Login,
    /// A refused sign-in (subject: the handle tried, when it exists).
    LoginRefused,
    /// A sign-out.
    Logout,
    /// A signed-in account was refused a page its role does not allow (subject: the page).
    AccessRefused,
    /// An auditor read the audit log.
    AuditView,
    /// A reviewer registered their key (subject: the public recipient).
    KeyRegister,
    /// A case's ciphertext was sent to a reviewer's browser (subject: the case id).
    CaseFetch,
    /// A reviewer opened a case, its notes included (subject: the case id).
    CaseView,
    /// A case's status changed (subject: case id and the new status).
    CaseStatus,
    /// A case's category or urgency changed (subject: case id and the new value).
    CaseTriage,
    /// A case was assigned or unassigned (subject: case id and the assignee's account).
    CaseAssign,
    /// A case was escalated to the safeguarding leads (subject: the case id).
    CaseEscalate,
    /// An encrypted note was added to a case (subject: the case id).
    CaseNote,
    /// A facility was added (subject: its code).
    FacilityAdd,
    /// A facility was retired: children can no longer name it (subject: its code).
    FacilityRetire,
    /// An affiliation was declared (subject: account and facility or operator).
    AffiliationDeclare,
    /// An admin confirmed an affiliation (subject: account and facility or operator).
    AffiliationConfirm,
    /// A reviewer declared a conflict on a case and lost access to it (subject: the case id).
    CaseRecuse,
    /// A case was re-sealed to one more reader (subject: case id and the new reader's account).
    CaseShare,
    /// A help contact was added (subject: its id).
    HelpContactAdd,
    /// A help contact was removed (subject: its id).
    HelpContactRemove,
    /// A kiosk was registered (subject: its id).
    KioskAdd,
    /// A kiosk was revoked (subject: its id).
    KioskRevoke,
    /// An admin chose the fallback of a language (subject: `locale=fallback`).
    LanguageFallbackSet,
    /// A child opened their case with their return code (subject: the case id).
    CaseChildView,
    /// A child added a sealed message to their case (subject: the case id).
    CaseChildMessage,
    /// A child took their case back; its content was deleted (subject: the case id).
    CaseWithdraw,
    /// A reviewer sent a sealed reply to the child (subject: the case id).
    CaseReply,
    /// A child opened their story with their return code (subject: the story id).
    StoryChildView,
    /// A story editor fetched a story's ciphertext (subject: the story id).
    StoryFetch,
    /// A story editor stored a sealed version (subject: `story/version`).
    StoryVersion,
    /// A story editor published an approved version (subject: `story/version`).
    StoryPublish,
    /// A story editor recorded a guardian's or advocate's consent (subject: `story/purpose`).
    StoryCoConsent,
    /// An admin changed the story policy (subject: the new policy).
    StoryPolicySet,
    /// An account was disabled: its sessions ended, its key left new cases (subject: handle).
    AccountDisable,
    /// A disabled account was enabled again (subject: handle).
    AccountEnable,
    /// A child took back an urgent case: kept for a lead until its due day (subject: case id).
    CaseWithdrawRequested,
    /// An urgent case the child took back was deleted after its grace period (subject: case id).
    CaseDeletedWithdrawn,
    /// An account registered a passkey as a second factor (after step-up).
    PasskeyAdd,
    /// An account removed one of its passkeys (after step-up).
    PasskeyRemove,
    /// A consultation was defined (subject: its id).
    ConsultationAdd,
    /// A consultation was closed early (subject: its id).
    ConsultationClose,
    /// A consultation's published results were exported (subject: its id).
    ConsultationExport,
    /// A consultation lead read the published results (subject: its id).
    ConsultationResults,
    /// Results were asked for while under embargo, and refused (subject: its id).
    ConsultationEmbargo,
    /// What was decided after a consultation was set (subject: its id).
    ConsultationActions,
    /// A lead fetched the written answers sealed to them (subject: the consultation's id).
    ConsultationWrittenRead,
    /// A lead approved a quote from a written answer for publishing (subject: the consultation).
    ConsultationQuote,
    /// A lead turned a written answer into a confidential case for the reviewers (subject: the
    /// case id; the written answer is gone from the consultation).
    ConsultationDisclosure,
    /// Retention deleted a closed consultation's written answers (subject: its id).
    ConsultationWrittenDeleted,
    /// A consultation was deleted whole: definition, counts, answers, quotes, actions.
    ConsultationDelete,
    /// A consultation's first child started it (subject: its id; audited once).
    ConsultationOpen,
    /// A consultation's results were first read, after close (subject: its id; audited once).
    ConsultationPublish,
    /// An operator made a backup of the whole database (subject: how many submissions).
    DatabaseBackup,
    /// A backup was restored as this database (subject: what it held, its audit head).
    DatabaseRestore,
}

impl AuditAction {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::RecoveryInit => "recovery.init",
            AuditAction::RecipientAdd => "recipient.add",
            AuditAction::RecipientRemove => "recipient.remove",
            AuditAction::SubmissionsExport => "submissions.export",
            AuditAction::CaseDeletedByRetention => "case.delete.retention",
            AuditAction::AccountInvite => "account.invite",
            AuditAction::AccountEnrol => "account.enrol",
            AuditAction::Login => "account.login",
            AuditAction::LoginRefused => "account.login.refused",
            AuditAction::Logout => "account.logout",
            AuditAction::AccessRefused => "access.refused",
            AuditAction::AuditView => "audit.view",
            AuditAction::KeyRegister => "key.register",
            AuditAction::CaseFetch => "case.fetch",
            AuditAction::CaseView => "case.view",
            AuditAction::CaseStatus => "case.status",
            AuditAction::CaseTriage => "case.triage",
            AuditAction::CaseAssign => "case.assign",
            AuditAction::CaseEscalate => "case.escalate",
            AuditAction::CaseNote => "case.note",
            AuditAction::FacilityAdd => "facility.add",
            AuditAction::FacilityRetire => "facility.retire",
            AuditAction::AffiliationDeclare => "affiliation.declare",
            AuditAction::AffiliationConfirm => "affiliation.confirm",
            AuditAction::CaseRecuse => "case.recuse",
            AuditAction::CaseShare => "case.share",
            AuditAction::HelpContactAdd => "help_contact.add",
            AuditAction::HelpContactRemove => "help_contact.remove",
            AuditAction::KioskAdd => "kiosk.add",
            AuditAction::KioskRevoke => "kiosk.revoke",
            AuditAction::LanguageFallbackSet => "language.fallback_set",
            AuditAction::CaseChildView => "case.child_view",
            AuditAction::CaseChildMessage => "case.child_message",
            AuditAction::CaseWithdraw => "case.withdraw",
            AuditAction::CaseReply => "case.reply",
            AuditAction::StoryChildView => "story.child_view",
            AuditAction::StoryFetch => "story.fetch",
            AuditAction::StoryVersion => "story.version",
            AuditAction::StoryPublish => "story.publish",
            AuditAction::StoryCoConsent => "story.co_consent",
            AuditAction::StoryPolicySet => "story.policy_set",
            AuditAction::AccountDisable => "account.disable",
            AuditAction::AccountEnable => "account.enable",
            AuditAction::CaseWithdrawRequested => "case.withdraw.requested",
            AuditAction::CaseDeletedWithdrawn => "case.delete.withdrawn",
            AuditAction::PasskeyAdd => "passkey.add",
            AuditAction::PasskeyRemove => "passkey.remove",
            AuditAction::ConsultationAdd => "consultation.add",
            AuditAction::ConsultationClose => "consultation.close",
            AuditAction::ConsultationExport => "consultation.export",
            AuditAction::ConsultationResults => "consultation.results",
            AuditAction::ConsultationEmbargo => "consultation.embargo",
            AuditAction::ConsultationActions => "consultation.actions",
            AuditAction::ConsultationWrittenRead => "consultation.written.read",
            AuditAction::ConsultationQuote => "consultation.quote",
            AuditAction::ConsultationDisclosure => "consultation.disclosure",
            AuditAction::ConsultationWrittenDeleted => "consultation.written.deleted",
            AuditAction::ConsultationDelete => "consultation.delete",
            AuditAction::ConsultationOpen => "consultation.open",
            AuditAction::ConsultationPublish => "consultation.publish",
            AuditAction::DatabaseBackup => "database.backup",
            AuditAction::DatabaseRestore => "database.restore",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    pub day: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub prev_hash: String,
    pub hash: String,
}

/// The hash an entry with these fields must carry.
pub fn entry_hash(
    prev_hash: &str,
    seq: i64,
    day: &str,
    actor: &str,
    action: &str,
    subject: &str,
) -> String {
    let mut hasher = Sha256::new();
    for field in [
        prev_hash.as_bytes(),
        &seq.to_be_bytes(),
        day.as_bytes(),
        actor.as_bytes(),
        action.as_bytes(),
        subject.as_bytes(),
    ] {
        hasher.update((field.len() as u64).to_be_bytes());
        hasher.update(field);
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakReason {
    /// A sequence number is missing or out of place: an entry was deleted or inserted.
    Gap,
    /// The entry does not point at the entry before it: removed, inserted or reordered.
    WrongPrevious,
    /// The entry's fields do not match its hash: it was edited.
    WrongHash,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainVerdict {
    /// Every entry checks; `head` is the last hash (record it elsewhere to detect truncation).
    Intact {
        entries: usize,
        head: String,
    },
    Broken {
        at_seq: i64,
        reason: BreakReason,
    },
}

/// Verifies entries given in ascending `seq` order.
pub fn verify(entries: impl IntoIterator<Item = AuditEntry>) -> ChainVerdict {
    let mut previous = GENESIS.to_owned();
    let mut count = 0usize;
    for (index, e) in entries.into_iter().enumerate() {
        let expected_seq = index as i64 + 1;
        if e.seq != expected_seq {
            return ChainVerdict::Broken {
                at_seq: e.seq,
                reason: BreakReason::Gap,
            };
        }
        if e.prev_hash != previous {
            return ChainVerdict::Broken {
                at_seq: e.seq,
                reason: BreakReason::WrongPrevious,
            };
        }
        if e.hash != entry_hash(&e.prev_hash, e.seq, &e.day, &e.actor, &e.action, &e.subject) {
            return ChainVerdict::Broken {
                at_seq: e.seq,
                reason: BreakReason::WrongHash,
            };
        }
        previous = e.hash;
        count += 1;
    }
    ChainVerdict::Intact {
        entries: count,
        head: previous,
    }
}

/// What `heard audit verify --head H` finds: whether the log still extends a head written down
/// (or published) earlier. Whoever holds the database can recompute a whole chain after editing
/// it; they cannot make it pass through a hash recorded outside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeadVerdict {
    /// The chain is intact and entry `at_seq` carries the recorded head.
    Extends { at_seq: i64, verdict: ChainVerdict },
    /// The chain is intact but no entry carries the recorded head: entries up to it were
    /// rewritten, or the log was cut back before it.
    Lost,
    /// The chain itself is broken.
    Broken(ChainVerdict),
}

/// Verifies the chain (entries in ascending `seq` order) and looks for `recorded` in it.
pub fn verify_from(entries: Vec<AuditEntry>, recorded: &str) -> HeadVerdict {
    let at = entries
        .iter()
        .find(|e| e.hash == recorded.trim())
        .map(|e| e.seq);
    match (verify(entries), at) {
        (verdict @ ChainVerdict::Broken { .. }, _) => HeadVerdict::Broken(verdict),
        (verdict, Some(at_seq)) => HeadVerdict::Extends { at_seq, verdict },
        (_, None) => HeadVerdict::Lost,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recorded_head_survives_growth_but_not_a_recomputed_rewrite() {
        let entries = chain(5);
        let head = entries[2].hash.clone();
        assert!(matches!(
            verify_from(entries.clone(), &head),
            HeadVerdict::Extends { at_seq: 3, .. }
        ));
        // Rewrite entry 2 and recompute every hash after it, as a database holder could.
        let mut forged = entries.clone();
        forged[1].subject = "forged".into();
        let mut prev = forged[0].hash.clone();
        for e in forged.iter_mut().skip(1) {
            e.prev_hash = prev.clone();
            e.hash = entry_hash(&e.prev_hash, e.seq, &e.day, &e.actor, &e.action, &e.subject);
            prev = e.hash.clone();
        }
        assert!(matches!(
            verify(forged.clone()),
            ChainVerdict::Intact { .. }
        ));
        assert_eq!(verify_from(forged, &head), HeadVerdict::Lost);
        assert_eq!(verify_from(entries[..2].to_vec(), &head), HeadVerdict::Lost);
    }

    fn chain(n: i64) -> Vec<AuditEntry> {
        let mut prev = GENESIS.to_owned();
        (1..=n)
            .map(|seq| {
                let (day, actor, action, subject) =
                    ("2026-11-22", "cli", "recipient.add", format!("s{seq}"));
                let hash = entry_hash(&prev, seq, day, actor, action, &subject);
                let e = AuditEntry {
                    seq,
                    day: day.into(),
                    actor: actor.into(),
                    action: action.into(),
                    subject,
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                };
                prev = hash;
                e
            })
            .collect()
    }

    #[test]
    fn an_untouched_chain_is_intact() {
        let entries = chain(4);
        let head = entries[3].hash.clone();
        assert_eq!(verify(entries), ChainVerdict::Intact { entries: 4, head });
        assert_eq!(
            verify(vec![]),
            ChainVerdict::Intact {
                entries: 0,
                head: GENESIS.into()
            }
        );
    }

    #[test]
    fn an_edit_is_detected_at_the_edited_entry() {
        let mut entries = chain(4);
        entries[1].actor = "someone else".into();
        assert_eq!(
            verify(entries),
            ChainVerdict::Broken {
                at_seq: 2,
                reason: BreakReason::WrongHash
            }
        );
    }

    #[test]
    fn a_deletion_is_detected() {
        let mut entries = chain(4);
        entries.remove(1);
        assert_eq!(
            verify(entries),
            ChainVerdict::Broken {
                at_seq: 3,
                reason: BreakReason::Gap
            }
        );
    }

    #[test]
    fn a_deletion_with_renumbering_is_detected() {
        let mut entries = chain(4);
        entries.remove(1);
        for (i, e) in entries.iter_mut().enumerate() {
            e.seq = i as i64 + 1;
        }
        assert_eq!(
            verify(entries),
            ChainVerdict::Broken {
                at_seq: 2,
                reason: BreakReason::WrongPrevious
            }
        );
    }

    #[test]
    fn a_reordering_is_detected() {
        let mut entries = chain(4);
        entries.swap(1, 2);
        let (a, b) = (entries[1].seq, entries[2].seq);
        entries[1].seq = b;
        entries[2].seq = a;
        assert!(matches!(
            verify(entries),
            ChainVerdict::Broken { at_seq: 2, .. }
        ));
    }

    #[test]
    fn fields_cannot_be_shifted_between_each_other() {
        let a = entry_hash(GENESIS, 1, "d", "ab", "c", "");
        let b = entry_hash(GENESIS, 1, "d", "a", "bc", "");
        assert_ne!(a, b);
    }
}
