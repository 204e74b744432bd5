//! A new case on PostgreSQL in one statement: the case's inserts as data-modifying `WITH`
//! clauses, which PostgreSQL commits together as the one statement they are (all or none, as
//! the transaction of `submissions::insert_rows` is on SQLite). One round trip to the database
//! instead of five or more (BEGIN, the inserts, COMMIT): on a fleet each round trip is a wait.
//! A retried id inserts nothing: `ON CONFLICT` leaves `s` empty, and every other clause inserts
//! only what `s` returned. A case sealed to readers this server kept (`readers_cache`) inserts
//! nothing either when the readers' epoch has moved since: `e` is then empty, and so is `s`.

use super::readers_cache::Epoch;
use super::submissions::{Arrival, Inserted, SealedCase};
use super::Day;
use heard_core::vocabulary::{CaseStatus, Urgency};
use sqlx::AnyPool;

/// The statement for `case` and the values it takes, in order after the first five
/// (id, ciphertext, how it was sealed, day, the readers' epoch or NULL).
struct Statement {
    sql: String,
    next: usize,
}

impl Statement {
    fn new() -> Self {
        Self {
            // `$5` NULL: readers read for this case, no epoch to check.
            sql: "WITH e AS (SELECT 1 AS fresh FROM readers_epoch \
                  WHERE id = 1 AND ($5::BIGINT IS NULL OR n = $5::BIGINT)), \
                  s AS (INSERT INTO submissions (public_id, ciphertext, sealed_in, received_on) \
                  SELECT $1, $2, $3, $4 FROM e \
                  ON CONFLICT (public_id) DO NOTHING RETURNING seq)"
                .to_owned(),
            next: 6,
        }
    }

    /// The next parameter's placeholder.
    fn param(&mut self) -> String {
        self.next += 1;
        format!("${}", self.next - 1)
    }
}

/// Inserts `case`; `None` when it was sealed to readers kept at `epoch` and the epoch has moved
/// since (nothing is stored then).
pub(super) async fn insert_case(
    pool: &AnyPool,
    case: &SealedCase,
    day: &Day,
    epoch: Option<Epoch>,
) -> sqlx::Result<Option<Inserted>> {
    let mut statement = Statement::new();
    let readers: Vec<String> = (0..case.recipients.len())
        .map(|_| format!("({})", statement.param()))
        .collect();
    let readers = format!(
        ", r AS (INSERT INTO submission_recipients (submission_seq, recipient) \
         SELECT s.seq, v.recipient FROM s, (VALUES {}) AS v (recipient))",
        readers.join(", ")
    );
    statement.sql += &readers;
    if case.arrival != Arrival::Normal {
        let (status, urgency, flood) = (statement.param(), statement.param(), statement.param());
        statement.sql += &format!(
            ", st AS (INSERT INTO case_status \
             (submission_seq, status, changed_on, urgency, escalated_on, possible_flood) \
             SELECT seq, {status}, $4, {urgency}, CASE WHEN {flood} = 1 THEN NULL ELSE $4 END, \
             {flood} FROM s)"
        );
    }
    if case.return_code.is_some() {
        let (hash, recipient) = (statement.param(), statement.param());
        statement.sql += &format!(
            ", rc AS (INSERT INTO return_codes (submission_seq, token_hash, child_recipient) \
             SELECT seq, {hash}, {recipient} FROM s)"
        );
    }
    if case.facility.is_some() {
        let facility = statement.param();
        statement.sql += &format!(
            ", f AS (INSERT INTO case_facilities (submission_seq, facility_id) \
             SELECT seq, {facility} FROM s)"
        );
    }
    statement.sql += " SELECT (SELECT COUNT(*) FROM e), (SELECT seq FROM s)";

    let sealed = &case.sealed;
    let mut query = sqlx::query_as::<_, (i64, Option<i64>)>(&statement.sql)
        .bind(case.id.as_str())
        .bind(sealed.as_bytes())
        .bind(sealed.sealed_in().as_str())
        .bind(day.as_str())
        .bind(epoch.map(|e| e.0));
    for recipient in case.recipients.iter() {
        query = query.bind(recipient.as_str());
    }
    if case.arrival != Arrival::Normal {
        query = query
            .bind(CaseStatus::New.as_str())
            .bind(Urgency::Urgent.as_str())
            .bind(i64::from(case.arrival == Arrival::PossibleFlood));
    }
    if let Some(code) = &case.return_code {
        query = query
            .bind(code.token_hash.as_str())
            .bind(code.child_recipient.as_str());
    }
    if let Some(facility) = case.facility {
        query = query.bind(facility);
    }
    Ok(match query.fetch_one(pool).await? {
        (0, _) => None,
        (_, Some(_)) => Some(Inserted::New),
        (_, None) => Some(Inserted::Duplicate),
    })
}
