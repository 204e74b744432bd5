//! The inbox query: the cases sealed to one recipient, newest first, paged by sequence number
//! (keyset paging: each page costs the same however deep it is), with a status filter and queues.

use super::{Day, Store};
use app::domain::SubmissionId;
use heard_core::vocabulary::{CaseStatus, Category, Queue as QueueName, Urgency};
use sqlx::any::AnyRow;
use sqlx::Row;

/// Which cases of the inbox to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    All,
    /// New cases received before the acknowledgement cutoff day.
    Overdue,
    /// Escalated to the safeguarding leads.
    Escalated,
    /// Assigned to the given account.
    Mine(i64),
    /// "I am not safe" sends beyond the site's urgent rate, not escalated: for a lead to sort.
    PossibleFlood,
}

impl Queue {
    /// The inbox query for a queue of the vocabulary; `me` is the viewer's account.
    pub fn of(queue: QueueName, me: i64) -> Self {
        match queue {
            QueueName::All => Queue::All,
            QueueName::Overdue => Queue::Overdue,
            QueueName::Escalated => Queue::Escalated,
            QueueName::Mine => Queue::Mine(me),
            QueueName::PossibleFlood => Queue::PossibleFlood,
        }
    }
}

/// A case as the inbox sees it: metadata and ciphertext, never plaintext.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow {
    pub seq: i64,
    pub public_id: String,
    pub received_on: String,
    pub sealed_in: String,
    /// The reader's copy if a colleague shared the case with them, else the child's original.
    pub ciphertext: Vec<u8>,
    /// Who made the reader's copy (none: the reader holds the child's original).
    pub shared_by: Option<String>,
    pub status: CaseStatus,
    pub category: Option<Category>,
    pub urgency: Urgency,
    pub assignee: Option<String>,
    pub escalated_on: Option<String>,
    /// "I am not safe" beyond the site's urgent rate (`http::child_floodgate`).
    pub possible_flood: bool,
    /// The child took this urgent case back; it is deleted on this day.
    pub withdrawal_due_on: Option<String>,
}

// The reader's own copy when a colleague shared the case with them (re-sealed to their key), else
// the child's original; `shared_by` says who made the copy.
const CASE_COLUMNS: &str = "s.seq, s.public_id, s.received_on, s.sealed_in, \
     COALESCE(cc.ciphertext, s.ciphertext) AS ciphertext, sb.handle AS shared_by, \
     c.status, c.category, c.urgency, \
     a.handle AS assignee, c.escalated_on, COALESCE(c.possible_flood, 0) AS possible_flood, \
     c.withdrawal_due_on";

/// The copy made for the reader `r.recipient`, and who made it.
const COPY_JOINS: &str = "LEFT JOIN case_copies cc \
     ON cc.submission_seq = s.seq AND cc.recipient = r.recipient \
     LEFT JOIN accounts sb ON sb.id = cc.made_by";

// The shield's `NOT EXISTS (… LIMIT 1 OFFSET 0)`: an OFFSET keeps PostgreSQL from turning it
// into an anti-join, which sorted every case shielded from the reader (100,000 of 1,000,000
// for one affiliation) before the first row: 23 ms. Probed per row instead, a page takes 1 ms.
// SQLite probes per row anyway (and needs the LIMIT for the OFFSET).
//
// `{join}` is CROSS JOIN on SQLite, which then keeps this join order (recipient index first),
// whatever its statistics say (with an accounts row in the statistics it once chose to scan every
// submission instead); PostgreSQL has no such hint and plans an inner JOIN itself.
const CASE_JOINS: &str = "{join} submissions s ON s.seq = r.submission_seq \
     LEFT JOIN case_status c ON c.submission_seq = s.seq \
     LEFT JOIN accounts a ON a.id = c.assigned_to";

fn case_row(r: AnyRow) -> Result<CaseRow, sqlx::Error> {
    Ok(CaseRow {
        seq: r.try_get("seq")?,
        public_id: r.try_get("public_id")?,
        received_on: r.try_get("received_on")?,
        sealed_in: r.try_get("sealed_in")?,
        ciphertext: r.try_get("ciphertext")?,
        shared_by: r.try_get("shared_by")?,
        // No status row: the case arrived and nobody has changed it (new, normal urgency).
        status: match r.try_get::<Option<String>, _>("status")? {
            Some(raw) => word(CaseStatus::parse, raw)?,
            None => CaseStatus::New,
        },
        category: match r.try_get::<Option<String>, _>("category")? {
            Some(raw) => Some(word(Category::parse, raw)?),
            None => None,
        },
        urgency: match r.try_get::<Option<String>, _>("urgency")? {
            Some(raw) => word(Urgency::parse, raw)?,
            None => Urgency::Normal,
        },
        assignee: r.try_get("assignee")?,
        escalated_on: r.try_get("escalated_on")?,
        possible_flood: super::flag(&r, "possible_flood")?,
        withdrawal_due_on: r.try_get("withdrawal_due_on")?,
    })
}

/// A stored word of the vocabulary, parsed at the edge: an unknown one is a decoding error.
fn word<T>(parse: fn(&str) -> Option<T>, raw: String) -> Result<T, sqlx::Error> {
    parse(&raw).ok_or_else(|| sqlx::Error::Decode(format!("not a known word: {raw:?}").into()))
}

/// Who reads: an account and the recipient of its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseReader {
    pub account: i64,
    pub recipient: String,
}

/// Which page of the inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxFilter {
    /// Only cases with `seq < before` (all when `None`).
    pub before: Option<i64>,
    pub status: Option<CaseStatus>,
    pub queue: Queue,
    /// A new case received before this day is overdue.
    pub overdue_cutoff: Day,
    pub limit: i64,
}

impl Store {
    /// A page of the cases sealed to the reader's key, newest first, leaving out every case the
    /// shield keeps from them (`shielded`).
    pub async fn inbox_page(
        &self,
        reader: &CaseReader,
        filter: &InboxFilter,
    ) -> Result<Vec<CaseRow>, sqlx::Error> {
        let (recipient, before, status, queue, limit) = (
            reader.recipient.as_str(),
            filter.before,
            filter.status.map(CaseStatus::as_str),
            filter.queue,
            filter.limit,
        );
        let overdue_cutoff = &filter.overdue_cutoff;
        let rows = match queue {
            Queue::All | Queue::Overdue => {
                // Walk the reviewer's recipient index newest first: most cases qualify.
                let sql = format!(
                    "SELECT {CASE_COLUMNS} FROM submission_recipients r {CASE_JOINS} {COPY_JOINS} \
                     WHERE r.recipient = $1 AND r.submission_seq < $2 \
                       AND ($3 IS NULL OR COALESCE(c.status, $8) = $3) \
                       AND ($4 = 0 OR (COALESCE(c.status, $8) = $8 AND s.received_on < $5)) \
                       AND NOT EXISTS (SELECT 1 FROM shielded sh \
                                       WHERE sh.submission_seq = s.seq AND sh.account_id = $7 LIMIT 1 OFFSET 0) \
                     ORDER BY r.submission_seq DESC LIMIT $6"
                )
                .replace("{join}", self.fixed_join());
                sqlx::query(&sql)
                    .bind(recipient)
                    .bind(before.unwrap_or(i64::MAX))
                    .bind(status)
                    .bind(i64::from(queue == Queue::Overdue))
                    .bind(overdue_cutoff.as_str())
                    .bind(limit)
                    .bind(reader.account)
                    .bind(CaseStatus::New.as_str())
                    .fetch_all(self.pool())
                    .await?
            }
            Queue::Escalated | Queue::Mine(_) | Queue::PossibleFlood => {
                // Few cases qualify: walk the partial index of the queue instead.
                let (condition, assignee) = match queue {
                    Queue::Mine(account) => ("c.assigned_to = $5", Some(account)),
                    Queue::PossibleFlood => (
                        "c.possible_flood = 1 AND c.escalated_on IS NULL AND $5 IS NULL",
                        None,
                    ),
                    _ => ("c.escalated_on IS NOT NULL AND $5 IS NULL", None),
                };
                let join = self.fixed_join();
                let sql = format!(
                    "SELECT {CASE_COLUMNS} FROM case_status c \
                     {join} submission_recipients r \
                       ON r.submission_seq = c.submission_seq AND r.recipient = $1 \
                     {join} submissions s ON s.seq = c.submission_seq \
                     LEFT JOIN accounts a ON a.id = c.assigned_to {COPY_JOINS} \
                     WHERE c.submission_seq < $2 AND ($3 IS NULL OR c.status = $3) AND {condition} \
                       AND NOT EXISTS (SELECT 1 FROM shielded sh \
                                       WHERE sh.submission_seq = s.seq AND sh.account_id = $6 LIMIT 1 OFFSET 0) \
                     ORDER BY c.submission_seq DESC LIMIT $4"
                );
                sqlx::query(&sql)
                    .bind(recipient)
                    .bind(before.unwrap_or(i64::MAX))
                    .bind(status)
                    .bind(limit)
                    .bind(assignee)
                    .bind(reader.account)
                    .fetch_all(self.pool())
                    .await?
            }
        };
        rows.into_iter().map(case_row).collect()
    }

    /// One case, only if it was sealed to the reader's key and the shield lets them see it: for
    /// anyone else it does not exist.
    pub async fn case_sealed_to(
        &self,
        reader: &CaseReader,
        id: &SubmissionId,
    ) -> Result<Option<CaseRow>, sqlx::Error> {
        // By its id first (unique index), then the recipient check.
        let join = self.fixed_join();
        let sql = format!(
            "SELECT {CASE_COLUMNS} FROM submissions s \
             {join} submission_recipients r \
               ON r.submission_seq = s.seq AND r.recipient = $1 \
             LEFT JOIN case_status c ON c.submission_seq = s.seq \
             LEFT JOIN accounts a ON a.id = c.assigned_to {COPY_JOINS} \
             WHERE s.public_id = $2 \
               AND NOT EXISTS (SELECT 1 FROM shielded sh \
                               WHERE sh.submission_seq = s.seq AND sh.account_id = $3 LIMIT 1 OFFSET 0)"
        );
        let row = sqlx::query(&sql)
            .bind(&reader.recipient)
            .bind(id.as_str())
            .bind(reader.account)
            .fetch_optional(self.pool())
            .await?;
        row.map(case_row).transpose()
    }

    /// The recipient of an account's registered key, if it has one.
    pub async fn recipient_of(&self, account_id: i64) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT recipient FROM reviewer_keys WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(self.pool())
            .await
    }
}
