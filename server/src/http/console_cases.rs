//! The console's case API, for the reviewer's browser: a page of cases with their ciphertexts,
//! one case with its notes, triage changes, and new encrypted notes. Every call is limited to the
//! cases sealed to the caller's own key; any other case answers 404, exactly like one that does
//! not exist, and the attempt is audited. Every read and change is audited *before* it happens.

use super::console_error::ConsoleError;
use super::console_guard::{Api, CaseReaders};
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::store::{CaseReader, CaseRow, Day, InboxFilter, Queue, Triage};
use app::api::console::{
    CaseChange, CaseDetail, CaseItem, CasePage, CaseSummary, MessageItem, NoteItem, CASES_PATH,
    PAGE_SIZE,
};
use app::case_notes::SealedNote;
use app::domain::SubmissionId;
use app::i18n::Lang;
use app::vocabulary::{CaseStatus, Queue as QueueName};
use axum::body::Bytes;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use http::request::Parts;
use http::StatusCode;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct CaseQuery {
    before: Option<String>,
    status: Option<String>,
    queue: Option<String>,
}

/// A case's two deadlines, in days after its arrival.
#[derive(Clone, Copy)]
pub struct Deadlines {
    /// To acknowledge a new case.
    pub ack_days: u32,
    /// To respond, while the case is open (neither closed nor referred).
    pub response_days: u32,
}

impl Deadlines {
    pub fn of(state: &AppState) -> Self {
        Self {
            ack_days: state.ack_deadline_days,
            response_days: state.response_deadline_days,
        }
    }
}

/// What the case summary needs besides the row: its deadlines, and whether they passed.
pub fn summary(row: &CaseRow, deadlines: Deadlines, today: &Day) -> CaseSummary {
    let after = |days: u32| {
        Day::parse(&row.received_on)
            .map(|d| d.plus_days(days))
            .map(|d| d.as_str().to_owned())
            .unwrap_or_default()
    };
    let (ack_due, respond_due) = (after(deadlines.ack_days), after(deadlines.response_days));
    let open = !matches!(row.status, CaseStatus::Closed | CaseStatus::Referred);
    CaseSummary {
        id: row.public_id.clone(),
        received_on: row.received_on.clone(),
        status: row.status,
        category: row.category,
        urgency: row.urgency,
        assignee: row.assignee.clone(),
        escalated: row.escalated_on.is_some(),
        overdue: row.status == CaseStatus::New && today.as_str() > ack_due.as_str(),
        ack_due,
        respond_overdue: open && today.as_str() > respond_due.as_str(),
        respond_due,
        sealed_in: row.sealed_in.clone(),
        shared_by: row.shared_by.clone(),
        possible_flood: row.possible_flood,
        withdrawal_due: row.withdrawal_due_on.clone(),
    }
}

fn item(row: &CaseRow, deadlines: Deadlines, today: &Day) -> CaseItem {
    CaseItem {
        summary: summary(row, deadlines, today),
        ciphertext: BASE64.encode(&row.ciphertext),
    }
}

/// The caller and the recipient of their key; without a key there is nothing they can read.
async fn reader(state: &AppState, lang: Lang, account: i64) -> Result<CaseReader, Response> {
    match state.store.recipient_of(account).await {
        Ok(Some(recipient)) => Ok(CaseReader { account, recipient }),
        Ok(None) => Err(ConsoleError::NoKey.api(lang)),
        Err(e) => Err(ConsoleError::unexpected("reading a key", e).api(lang)),
    }
}

/// A case the caller may read, from the route's `{id}`: sealed to their key and not shielded from
/// them. Anything else is refused before the handler runs — by role (`Api<CaseReaders>`), or 404
/// exactly as for a case that does not exist (and the attempt is audited).
pub struct ReadableCase {
    pub account: i64,
    pub row: CaseRow,
}

impl FromRequestParts<AppState> for ReadableCase {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Api(staff) = Api::<CaseReaders>::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
        let id = Path::<String>::from_request_parts(parts, state)
            .await
            .map(|Path(id)| id)
            .unwrap_or_default();
        let (account, row) = case_for(state, lang, staff.account, &id).await?;
        Ok(Self { account, row })
    }
}

/// The caller and the case `id`, if it was sealed to the caller's key and the shield (affiliation,
/// recusal) lets them see it; otherwise a 404 (and an audited attempt), exactly as if there were
/// no such case.
pub(super) async fn case_for(
    state: &AppState,
    lang: Lang,
    account: i64,
    id: &str,
) -> Result<(i64, CaseRow), Response> {
    let reader = reader(state, lang, account).await?;
    let account = reader.account;
    let not_found = || ConsoleError::NotFound.api(lang);
    let Ok(id) = SubmissionId::parse(id) else {
        return Err(not_found());
    };
    match state.store.case_sealed_to(&reader, &id).await {
        Ok(Some(row)) => Ok((account, row)),
        Ok(None) => {
            let subject = format!("{CASES_PATH}/{}", id.as_str());
            let audited = state
                .store
                .audit(
                    Actor::Account(account),
                    AuditAction::AccessRefused,
                    &subject,
                )
                .await;
            if let Err(e) = audited {
                tracing::error!(error = %e, "could not audit a refused case");
            }
            Err(not_found())
        }
        Err(e) => Err(ConsoleError::unexpected("reading a case", e).api(lang)),
    }
}

/// `before` of the next (older) page: the last case's id, when the page is full. An id, never the
/// sequence number: numbers would let a shielded reader count the cases kept from them.
pub fn next_before(rows: &[CaseRow]) -> Option<String> {
    (rows.len() as i64 == PAGE_SIZE)
        .then(|| rows.last().map(|r| r.public_id.clone()))
        .flatten()
}

/// The position a `before` cursor stands for: only a case the reader can see (anything else is
/// `Err(None)`, a bad request, whether or not such a case exists).
pub(super) async fn cursor(
    state: &AppState,
    reader: &CaseReader,
    before: Option<&str>,
) -> Result<Option<i64>, Option<sqlx::Error>> {
    let Some(raw) = before.filter(|b| !b.is_empty()) else {
        return Ok(None);
    };
    let id = SubmissionId::parse(raw).map_err(|_| None)?;
    match state.store.case_sealed_to(reader, &id).await {
        Ok(Some(row)) => Ok(Some(row.seq)),
        Ok(None) => Err(None),
        Err(e) => Err(Some(e)),
    }
}

pub async fn list(
    Api(staff): Api<CaseReaders>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    query: Result<Query<CaseQuery>, QueryRejection>,
) -> Response {
    let reader = match reader(&state, lang, staff.account).await {
        Ok(reader) => reader,
        Err(refused) => return refused,
    };
    let account = reader.account;
    let bad_filter = || ConsoleError::BadFilter.api(lang);
    let Ok(Query(query)) = query else {
        return bad_filter();
    };
    let status = match query.status.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(raw) => match CaseStatus::parse(raw) {
            Some(status) => Some(status),
            None => return bad_filter(),
        },
    };
    let queue = match query.queue.as_deref() {
        None => QueueName::All,
        Some(raw) => match QueueName::parse(raw) {
            Some(queue) => queue,
            None => return bad_filter(),
        },
    };
    let queue = Queue::of(queue, account);
    let before = match cursor(&state, &reader, query.before.as_deref()).await {
        Ok(before) => before,
        Err(None) => return bad_filter(),
        Err(Some(e)) => return ConsoleError::unexpected("reading the inbox", e).api(lang),
    };
    let today = Day::today();
    let filter = InboxFilter {
        before,
        status,
        queue,
        overdue_cutoff: today.minus_days(state.ack_deadline_days),
        limit: PAGE_SIZE,
    };
    let rows = match state.store.inbox_page(&reader, &filter).await {
        Ok(rows) => rows,
        Err(e) => return ConsoleError::unexpected("reading the inbox", e).api(lang),
    };
    let ids: Vec<&str> = rows.iter().map(|r| r.public_id.as_str()).collect();
    let audited = state
        .store
        .audit_many(Actor::Account(account), AuditAction::CaseFetch, &ids)
        .await;
    if let Err(e) = audited {
        return ConsoleError::unexpected("auditing a case fetch", e).api(lang);
    }
    let next_before = next_before(&rows);
    let cases = rows
        .iter()
        .map(|r| item(r, Deadlines::of(&state), &today))
        .collect();
    Json(CasePage { cases, next_before }).into_response()
}

pub async fn detail(
    case: ReadableCase,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Response {
    let account = case.account;
    let row = case.row;
    let read = async {
        state
            .store
            .audit(
                Actor::Account(account),
                AuditAction::CaseView,
                &row.public_id,
            )
            .await?;
        let recipients = state.store.case_recipients(row.seq).await?;
        let notes = state.store.case_notes(row.seq).await?;
        let readers = state.store.case_readers(row.seq).await?;
        let child = state.store.child_recipient(row.seq).await?;
        let messages = state.store.case_messages(row.seq).await?;
        Ok::<_, sqlx::Error>((recipients, notes, readers, child, messages))
    };
    let (recipients, notes, readers, child_recipient, messages) = match read.await {
        Ok(parts) => parts,
        Err(e) => return ConsoleError::unexpected("reading a case", e).api(lang),
    };
    let notes = notes
        .into_iter()
        .map(|n| NoteItem {
            author: n.author,
            written_on: n.written_on,
            ciphertext: BASE64.encode(&n.ciphertext),
        })
        .collect();
    let messages = messages
        .into_iter()
        .map(|m| MessageItem {
            from_child: m.from_child,
            author: m.author,
            written_on: m.written_on,
            ciphertext: BASE64.encode(&m.ciphertext),
        })
        .collect();
    Json(CaseDetail {
        case: item(&row, Deadlines::of(&state), &Day::today()),
        child_recipient,
        messages,
        recipients,
        notes,
        assignable: readers.into_iter().map(|(_, handle)| handle).collect(),
    })
    .into_response()
}

pub async fn change(
    case: ReadableCase,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    body: Result<Json<CaseChange>, JsonRejection>,
) -> Response {
    let account = case.account;
    let row = case.row;
    let invalid = || ConsoleError::BadChange.api(lang);
    let Ok(Json(change)) = body else {
        return invalid();
    };
    let (triage, action, value) = match change {
        CaseChange::Status(s) => (Triage::Status(s), AuditAction::CaseStatus, s.to_string()),
        CaseChange::Category(c) => (Triage::Category(c), AuditAction::CaseTriage, c.to_string()),
        CaseChange::Urgency(u) => (Triage::Urgency(u), AuditAction::CaseTriage, u.to_string()),
        CaseChange::Escalate => (Triage::Escalate, AuditAction::CaseEscalate, String::new()),
        CaseChange::Assign(None) => (Triage::Assign(None), AuditAction::CaseAssign, String::new()),
        CaseChange::Assign(Some(handle)) => {
            let readers = match state.store.case_readers(row.seq).await {
                Ok(readers) => readers,
                Err(e) => return ConsoleError::unexpected("reading a case's readers", e).api(lang),
            };
            // Only someone who can read the case can work on it.
            let Some((assignee, _)) = readers.into_iter().find(|(_, h)| *h == handle) else {
                return ConsoleError::BadAssignee.api(lang);
            };
            (
                Triage::Assign(Some(assignee)),
                AuditAction::CaseAssign,
                format!("account:{assignee}"),
            )
        }
    };
    let subject = format!("{} {value}", row.public_id);
    let done = async {
        state
            .store
            .audit(Actor::Account(account), action, subject.trim_end())
            .await?;
        state
            .store
            .triage_case(row.seq, &triage, &Day::today())
            .await
    };
    match done.await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => ConsoleError::unexpected("changing a case", e).api(lang),
    }
}

pub async fn add_note(
    case: ReadableCase,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    body: Bytes,
) -> Response {
    let account = case.account;
    let row = case.row;
    let Ok(note) = SealedNote::from_wire(body.to_vec()) else {
        return ConsoleError::BadNote.api(lang);
    };
    let done = async {
        state
            .store
            .audit(
                Actor::Account(account),
                AuditAction::CaseNote,
                &row.public_id,
            )
            .await?;
        state
            .store
            .add_case_note(row.seq, account, &note, &Day::today())
            .await
    };
    match done.await {
        Ok(()) => StatusCode::CREATED.into_response(),
        Err(e) => ConsoleError::unexpected("adding a note", e).api(lang),
    }
}
