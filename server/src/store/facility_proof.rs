//! The auditors' proof, per facility, that the shield held: no account affiliated with a facility
//! was ever a recipient of a case naming it (from the recipients recorded at arrival and at each
//! sharing), and none ever fetched, viewed or changed one (from the audit log, whose chain is
//! verified alongside). Keys an admin added with `heard recipients add` belong to no account, so
//! nobody can say whom they are affiliated with: every case naming the facility that was sealed
//! to one is listed by the key's label. Only cases still stored can be tied to their facility:
//! retention deletes the link with the case.

use super::Store;
use crate::audit::ChainVerdict;
use sqlx::Row;
use std::collections::{HashMap, HashSet};

/// One facility's result. `received` and `read` list `(handle, case id)` of every breach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacilityProof {
    pub code: String,
    pub cases: usize,
    pub affiliated: usize,
    pub received: Vec<(String, String)>,
    pub read: Vec<(String, String)>,
    /// `(key label, case id)` of every case naming it sealed to a key of no account.
    pub unaccounted: Vec<(String, String)>,
}

impl FacilityProof {
    pub fn held(&self) -> bool {
        self.received.is_empty() && self.read.is_empty()
    }
}

/// Audit actions that touch a case (subject starts with the case id).
const CASE_ACTIONS: [&str; 9] = [
    "case.fetch",
    "case.view",
    "case.status",
    "case.triage",
    "case.assign",
    "case.escalate",
    "case.note",
    "case.share",
    "case.recuse",
];

impl Store {
    /// The chain's verdict and, for every facility, the proof.
    pub async fn facility_proofs(&self) -> Result<(ChainVerdict, Vec<FacilityProof>), sqlx::Error> {
        let pool = self.pool();
        let facilities: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, code FROM facilities ORDER BY code")
                .fetch_all(pool)
                .await?;
        let mut cases: HashMap<i64, Vec<(i64, String)>> = HashMap::new();
        for r in sqlx::query(
            "SELECT cf.facility_id, s.seq, s.public_id FROM case_facilities cf \
             JOIN submissions s ON s.seq = cf.submission_seq",
        )
        .fetch_all(pool)
        .await?
        {
            cases
                .entry(r.try_get("facility_id")?)
                .or_default()
                .push((r.try_get("seq")?, r.try_get("public_id")?));
        }
        let mut affiliated: HashMap<i64, HashMap<i64, String>> = HashMap::new();
        for r in sqlx::query(
            "SELECT DISTINCT f.id AS facility, a.id AS account, a.handle FROM facilities f \
             JOIN affiliations af ON af.facility_id = f.id \
               OR (af.operator IS NOT NULL AND af.operator = f.operator) \
             JOIN accounts a ON a.id = af.account_id",
        )
        .fetch_all(pool)
        .await?
        {
            affiliated
                .entry(r.try_get("facility")?)
                .or_default()
                .insert(r.try_get("account")?, r.try_get("handle")?);
        }
        let mut readers_of: HashMap<i64, HashSet<i64>> = HashMap::new();
        for r in sqlx::query(
            "SELECT r.submission_seq, k.account_id FROM submission_recipients r \
             JOIN reviewer_keys k ON k.recipient = r.recipient",
        )
        .fetch_all(pool)
        .await?
        {
            readers_of
                .entry(r.try_get("submission_seq")?)
                .or_default()
                .insert(r.try_get("account_id")?);
        }
        let mut extra_keys_of: HashMap<i64, Vec<String>> = HashMap::new();
        for r in sqlx::query(
            "SELECT r.submission_seq, k.label FROM submission_recipients r \
             JOIN recipients k ON k.recipient = r.recipient \
             WHERE k.kind = 'extra' AND k.account_id IS NULL",
        )
        .fetch_all(pool)
        .await?
        {
            extra_keys_of
                .entry(r.try_get("submission_seq")?)
                .or_default()
                .push(r.try_get("label")?);
        }
        let entries = self.audit_entries().await?;
        let verdict = crate::audit::verify(entries.clone());
        // One pass over the log, indexed by the case id that starts a case action's subject, so
        // the proof costs the log's length once, not once per case.
        let mut touched: HashMap<&str, Vec<&str>> = HashMap::new();
        for e in entries
            .iter()
            .filter(|e| CASE_ACTIONS.contains(&e.action.as_str()))
        {
            if let Some(case) = e.subject.split_whitespace().next() {
                touched.entry(case).or_default().push(e.actor.as_str());
            }
        }
        let proofs = facilities
            .into_iter()
            .map(|(id, code)| {
                let cases = cases.remove(&id).unwrap_or_default();
                let staff = affiliated.remove(&id).unwrap_or_default();
                let mut received = vec![];
                let mut read = vec![];
                let mut unaccounted = vec![];
                for (seq, public_id) in &cases {
                    for account in readers_of.get(seq).into_iter().flatten() {
                        if let Some(handle) = staff.get(account) {
                            received.push((handle.clone(), public_id.clone()));
                        }
                    }
                    for label in extra_keys_of.get(seq).into_iter().flatten() {
                        unaccounted.push((label.clone(), public_id.clone()));
                    }
                    let actors = touched.get(public_id.as_str()).into_iter().flatten();
                    for actor in actors {
                        let account = actor.strip_prefix("account:").and_then(|a| a.parse().ok());
                        if let Some(handle) = account.and_then(|a: i64| staff.get(&a)) {
                            read.push((handle.clone(), public_id.clone()));
                        }
                    }
                }
                FacilityProof {
                    code,
                    cases: cases.len(),
                    affiliated: staff.len(),
                    received,
                    read,
                    unaccounted,
                }
            })
            .collect();
        Ok((verdict, proofs))
    }
}
