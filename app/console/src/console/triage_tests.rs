use super::*;
use crate::console::saved_view::{apply, view_of};
use crate::console::team_counts::{team_queues, Queue};
use crate::domain::Kind;

fn row(id: &str, day: &str) -> Row {
    Row {
        id: id.to_owned(),
        received_on: day.to_owned(),
        kind: String::new(),
        feelings: Vec::new(),
        wishes: Vec::new(),
        place: String::new(),
        lang: "en".to_owned(),
        status: CaseStatus::New,
        urgency: Urgency::Normal,
        assignee: String::new(),
        escalated: false,
        flood: false,
        withdrawal_due: String::new(),
        deadline: String::new(),
        overdue: false,
        words: String::new(),
    }
}

fn ids(rows: &[Row], shown: Vec<usize>) -> Vec<&str> {
    shown.iter().map(|&i| rows[i].id.as_str()).collect()
}

#[test]
fn every_term_must_be_somewhere_in_the_folded_words_in_any_script() {
    let mut a = row("a", "2026-12-01");
    a.words = fold("The FOOD is  cold\nevery evening");
    let mut b = row("b", "2026-12-02");
    b.words = fold("الطعام بارد كل مساء");
    let rows = vec![a, b];
    let search = |s: &str| Filters {
        search: s.to_owned(),
        ..Filters::default()
    };
    assert_eq!(
        ids(
            &rows,
            shown(&rows, &search("food EVEN"), Order::default(), "")
        ),
        ["a"]
    );
    assert_eq!(
        ids(&rows, shown(&rows, &search("بارد"), Order::default(), "")),
        ["b"]
    );
    assert!(shown(&rows, &search("food بارد"), Order::default(), "").is_empty());
    assert_eq!(shown(&rows, &search("   "), Order::default(), "").len(), 2);
}

#[test]
fn filters_combine_and_a_choice_matches_any_of_the_childs() {
    let mut a = row("a", "2026-12-01");
    a.kind = Kind::Worry.as_str().into();
    a.feelings = vec!["sad".into(), "scared".into()];
    a.assignee = "rev".into();
    let mut b = row("b", "2026-12-02");
    b.kind = Kind::Worry.as_str().into();
    b.feelings = vec!["sad".into()];
    b.status = CaseStatus::Closed;
    let rows = vec![a, b];
    let worry = Filters {
        kind: Kind::Worry.as_str().into(),
        ..Filters::default()
    };
    assert_eq!(
        ids(&rows, shown(&rows, &worry, Order::default(), "")),
        ["b", "a"]
    );
    let scared = Filters {
        feeling: "scared".into(),
        ..worry.clone()
    };
    assert_eq!(
        ids(&rows, shown(&rows, &scared, Order::default(), "")),
        ["a"]
    );
    let closed = Filters {
        status: CaseStatus::Closed.as_str().into(),
        ..worry.clone()
    };
    assert_eq!(
        ids(&rows, shown(&rows, &closed, Order::default(), "")),
        ["b"]
    );
    let mine = Filters {
        assignee: "rev".into(),
        status: CaseStatus::Closed.as_str().into(),
        ..worry
    };
    assert!(shown(&rows, &mine, Order::default(), "").is_empty());
}

#[test]
fn sorting_turns_around_and_keeps_cases_without_a_deadline_last() {
    let mut a = row("a", "2026-12-01");
    a.deadline = "2026-12-03".into();
    a.urgency = Urgency::Urgent;
    let mut b = row("b", "2026-12-02");
    b.deadline = "2026-12-04".into();
    let c = row("c", "2026-12-03");
    let rows = vec![a, b, c];
    let all = Filters::default();
    assert_eq!(
        ids(&rows, shown(&rows, &all, Order::default(), "")),
        ["c", "b", "a"]
    );
    let by_deadline = Order::default().toggled(Column::Deadline);
    assert!(!by_deadline.descending);
    assert_eq!(
        ids(&rows, shown(&rows, &all, by_deadline, "")),
        ["a", "b", "c"]
    );
    let later_first = by_deadline.toggled(Column::Deadline);
    assert_eq!(
        ids(&rows, shown(&rows, &all, later_first, "")),
        ["b", "a", "c"]
    );
    let most_urgent = later_first.toggled(Column::Urgency);
    assert_eq!(
        ids(&rows, shown(&rows, &all, most_urgent, "")),
        ["a", "c", "b"]
    );
}

#[test]
fn a_filter_menu_offers_each_present_value_once() {
    let mut a = row("a", "2026-12-01");
    a.feelings = vec!["sad".into(), "angry".into()];
    let mut b = row("b", "2026-12-02");
    b.feelings = vec!["sad".into()];
    let rows = vec![a, b, row("c", "2026-12-03")];
    let feelings = present(&rows, |r| r.feelings.iter().map(String::as_str).collect());
    assert_eq!(feelings, ["angry", "sad"]);
}

#[test]
fn the_team_queues_count_open_cases_per_assignee_and_nothing_closed() {
    let mut a = row("a", "2026-12-01");
    a.assignee = "rev".into();
    a.overdue = true;
    let mut b = row("b", "2026-12-02");
    b.assignee = "rev".into();
    b.status = CaseStatus::Acknowledged;
    b.escalated = true;
    let mut c = row("c", "2026-12-03");
    c.status = CaseStatus::Closed;
    c.assignee = "lee".into();
    let d = row("d", "2026-12-04");
    let queues = team_queues(&[a, b, c, d]);
    assert_eq!(
        queues,
        [
            Queue {
                assignee: String::new(),
                open: 1,
                new: 1,
                overdue: 0,
                escalated: 0
            },
            Queue {
                assignee: "rev".into(),
                open: 2,
                new: 1,
                overdue: 1,
                escalated: 1
            },
        ]
    );
}

#[test]
fn a_saved_view_keeps_filters_and_order_and_never_the_search() {
    let filters = Filters {
        search: "the food is cold".into(),
        status: CaseStatus::New.as_str().into(),
        feeling: "scared".into(),
        place: "casa-norte".into(),
        ..Filters::default()
    };
    let order = Order::default().toggled(Column::Deadline);
    let view = view_of(&filters, order);
    assert!(!serde_json::to_string(&view).unwrap().contains("cold"));
    assert_eq!(view.check(), Ok(()));
    let (back, back_order) = apply(&view, "mine");
    assert_eq!(back.search, "mine", "the search typed now stays");
    assert_eq!(
        Filters {
            search: filters.search.clone(),
            ..back
        },
        filters
    );
    assert_eq!(back_order, order);
}

#[test]
fn the_queues_are_the_servers_own_counted_here() {
    let mut late = row("late", "2026-12-01");
    late.overdue = true;
    let mut answered_late = row("answered", "2026-12-01");
    answered_late.overdue = true;
    answered_late.status = CaseStatus::Acknowledged;
    let mut mine = row("mine", "2026-12-02");
    mine.assignee = "kim".into();
    mine.escalated = true;
    let mut flood = row("flood", "2026-12-03");
    flood.flood = true;
    let rows = vec![late, answered_late, mine, flood];
    let queue = |q: &str, me: &str| {
        let filters = Filters {
            queue: q.into(),
            ..Filters::default()
        };
        ids(&rows, shown(&rows, &filters, Order::default(), me))
    };
    assert_eq!(
        queue("overdue", "kim"),
        ["late"],
        "overdue is a new case past its acknowledgement"
    );
    assert_eq!(queue("escalated", "kim"), ["mine"]);
    assert_eq!(queue("mine", "kim"), ["mine"]);
    assert!(
        queue("mine", "").is_empty(),
        "nobody's cases are no one's own"
    );
    assert_eq!(queue("possible_flood", "kim"), ["flood"]);
    assert_eq!(queue("all", "kim").len(), 4);
}
