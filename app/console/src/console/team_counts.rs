//! The team's queues as counts (`workbench::team_queues` shows them). Counted over the cases the
//! viewer holds, so the shield holds by construction. Plain Rust, tested natively.

use super::triage::Row;
use crate::vocabulary::CaseStatus;

/// One person's queue in the team overview (an empty `assignee`: nobody's yet), counted over the
/// cases this viewer holds, so a case the shield keeps from them is in no count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Queue {
    pub assignee: String,
    /// Neither closed nor referred.
    pub open: usize,
    pub new: usize,
    /// Past the deadline running on it.
    pub overdue: usize,
    pub escalated: usize,
}

/// The team's queues: one per assignee with an open case, nobody's first, then by handle.
pub fn team_queues(rows: &[Row]) -> Vec<Queue> {
    let mut queues: Vec<Queue> = Vec::new();
    for row in rows {
        if matches!(row.status, CaseStatus::Closed | CaseStatus::Referred) {
            continue;
        }
        let at = match queues.iter().position(|q| q.assignee == row.assignee) {
            Some(at) => at,
            None => {
                queues.push(Queue {
                    assignee: row.assignee.clone(),
                    ..Queue::default()
                });
                queues.len() - 1
            }
        };
        let queue = &mut queues[at];
        queue.open += 1;
        queue.new += usize::from(row.status == CaseStatus::New);
        queue.overdue += usize::from(row.overdue);
        queue.escalated += usize::from(row.escalated);
    }
    queues.sort_by(|a, b| a.assignee.cmp(&b.assignee));
    queues
}
