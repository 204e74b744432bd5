//! Consultations: a child takes part without JavaScript, answers are stored as counts only (the
//! database cannot tell one child's answers from another's), bad input changes nothing, and
//! results stay under embargo until close, then leave only with small groups hidden.

use crate::support::console::cookie;
use crate::support::{heard, spawn_app, TestApp};
use app::consultation::Definition;
use heard::accounts::Role;
use heard::store::Day;

const EXAMPLE: &str = include_str!("../../../docs/examples/consultation.toml");

pub(crate) fn definition(id: &str) -> Definition {
    let mut d: Definition = toml::from_str(EXAMPLE).unwrap();
    let today = Day::today();
    d.id = id.to_owned();
    d.opens_on = today.minus_days(1).as_str().to_owned();
    d.closes_on = today.plus_days(10).as_str().to_owned();
    d
}

async fn open_consultation(app: &TestApp, id: &str) {
    let added = app
        .store
        .add_consultation(&definition(id), &Day::today())
        .await;
    assert_eq!(added.unwrap(), heard::store::Added::Added);
}

/// A child's browser with its own session cookie.
pub(crate) struct Child<'a> {
    app: &'a TestApp,
    pub(crate) cookie: Option<String>,
}

impl<'a> Child<'a> {
    pub(crate) fn new(app: &'a TestApp) -> Self {
        Self { app, cookie: None }
    }

    pub(crate) async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let mut request = self
            .app
            .child_client()
            .post(format!("{}{path}", self.app.child))
            .form(form);
        if let Some(c) = &self.cookie {
            request = request.header("cookie", c);
        }
        let response = request.send().await.unwrap();
        if let Some(c) = cookie(&response) {
            self.cookie = Some(c);
        }
        response
    }

    pub(crate) async fn get(&self, path: &str) -> reqwest::Response {
        let mut request = self
            .app
            .child_client()
            .get(format!("{}{path}", self.app.child));
        if let Some(c) = &self.cookie {
            request = request.header("cookie", c);
        }
        request.send().await.unwrap()
    }

    /// Takes part from start to end: `answers` per question, as form fields.
    pub(crate) async fn take_part(&mut self, id: &str, age: &str, answers: &[&[(&str, &str)]]) {
        let started = self
            .post(&format!("/consult/{id}/start"), &[("age", age)])
            .await;
        assert_eq!(started.status(), 303);
        for (n, fields) in answers.iter().enumerate() {
            let r = self
                .post(&format!("/consult/{id}/q/{}", n + 1), fields)
                .await;
            assert_eq!(r.status(), 303, "question {}", n + 1);
        }
    }
}

pub(crate) fn location(r: &reqwest::Response) -> String {
    r.headers()["location"].to_str().unwrap().to_owned()
}

async fn counts(app: &TestApp) -> Vec<(i64, String, String, String, i64)> {
    sqlx::query_as(
        "SELECT question_id, dimension, grp, option, count FROM consultation_counts \
         ORDER BY question_id, dimension, grp, option",
    )
    .fetch_all(app.store.pool())
    .await
    .unwrap()
}

#[tokio::test]
async fn a_child_takes_part_without_javascript_once_per_session() {
    let app = spawn_app().await;
    open_consultation(&app, "food").await;
    let mut child = Child::new(&app);
    let list = child.get("/consult").await.text().await.unwrap();
    assert!(list.contains("Food and free time") && list.contains("/consult/food"));
    let first = child.get("/consult/food?lang=ar").await;
    assert_eq!(first.status(), 200);
    let first = first.text().await.unwrap();
    // An honest first screen, in the child's language: who asked, what for, who sees what.
    assert!(
        first.contains("إدارة دور الإيواء ومجلس الأطفال"),
        "audience in Arabic"
    );
    assert!(first.contains("dir=\"rtl\""));
    let started = child
        .post("/consult/food/start", &[("age", "12_to_14")])
        .await;
    assert_eq!(location(&started), "/consult/food/q/1");
    let q1 = child.get("/consult/food/q/1").await.text().await.unwrap();
    assert!(q1.contains("How do you like the food?") && q1.contains("😀"));
    assert!(
        q1.contains("value=\"skip\""),
        "\"I don't want to answer\" on every question"
    );
    let r = child.post("/consult/food/q/1", &[("choice", "4")]).await;
    assert_eq!(location(&r), "/consult/food/q/2");
    let r = child
        .post(
            "/consult/food/q/2",
            &[("choice", "sport"), ("choice", "calls")],
        )
        .await;
    assert_eq!(location(&r), "/consult/food/q/3");
    let r = child.post("/consult/food/q/3", &[("answer", "skip")]).await;
    assert_eq!(location(&r), "/consult/food/thanks");
    assert_eq!(child.get("/consult/food/thanks").await.status(), 200);
    let after = counts(&app).await;
    let chosen: Vec<(&str, &str)> = after
        .iter()
        .filter(|c| c.1 == "language")
        .map(|c| (c.3.as_str(), c.2.as_str()))
        .collect();
    assert!(chosen.contains(&("4", "en")) && chosen.contains(&("calls", "en")));
    assert!(chosen.contains(&("skip", "en")));
    // Once per session: starting again changes nothing.
    let again = child
        .post("/consult/food/start", &[("age", "12_to_14")])
        .await;
    assert_eq!(again.status(), 200);
    assert!(again.text().await.unwrap().contains("already answered"));
    let replay = child.post("/consult/food/q/1", &[("choice", "1")]).await;
    assert_eq!(location(&replay), "/consult/food");
    assert_eq!(counts(&app).await, after);
    if crate::support::database::on_postgres() {
        return; // No WAL in the data directory: the README says what PostgreSQL keeps.
    }
    // The WAL keeps no trace of the last answer's pages.
    let wal = app.data_dir.path().join("heard.sqlite3-wal");
    assert!(app.data_dir.path().join("heard.sqlite3").exists());
    assert_eq!(
        std::fs::metadata(&wal).map_or(0, |m| m.len()),
        0,
        "WAL emptied"
    );
}

#[tokio::test]
async fn bad_input_gets_a_translated_4xx_and_changes_nothing() {
    let app = spawn_app().await;
    open_consultation(&app, "food").await;
    let mut late = definition("later");
    late.opens_on = Day::today().plus_days(3).as_str().to_owned();
    app.store
        .add_consultation(&late, &Day::today())
        .await
        .unwrap();
    let mut child = Child::new(&app);
    for path in [
        "/consult/nothing-here",
        "/consult/later",
        "/consult/later/q/1",
    ] {
        assert_eq!(child.get(path).await.status(), 404, "{path}");
    }
    let r = child.post("/consult/food/start", &[("age", "forty")]).await;
    assert_eq!(r.status(), 400);
    let r = child
        .post(
            "/consult/food/start",
            &[("age", "not_said"), ("place", "nowhere")],
        )
        .await;
    assert_eq!(r.status(), 400);
    // Not started: any question leads back to the first screen.
    let r = child.post("/consult/food/q/1", &[("choice", "1")]).await;
    assert_eq!(location(&r), "/consult/food");
    child
        .post("/consult/food/start?lang=es", &[("age", "not_said")])
        .await;
    for bad in [
        vec![],
        vec![("choice", "9")],
        vec![("choice", "1"), ("choice", "2")],
    ] {
        let r = child.post("/consult/food/q/1?lang=es", &bad).await;
        assert_eq!(r.status(), 400, "{bad:?}");
        let page = r.text().await.unwrap();
        assert!(page.contains("No quiero responder"), "translated: {bad:?}");
    }
    // Ahead of the flow: sent to where the child is, nothing counted.
    let r = child.post("/consult/food/q/3", &[("choice", "wifi")]).await;
    assert_eq!(location(&r), "/consult/food/q/1");
    let r = child.post("/consult/food/q/1", &[("choice", "1")]).await;
    assert_eq!(r.status(), 303);
    // A second answer to the same question is not taken, and starting again is no way back.
    let r = child.post("/consult/food/q/1", &[("choice", "2")]).await;
    assert_eq!(location(&r), "/consult/food/q/2");
    let r = child
        .post("/consult/food/start", &[("age", "not_said")])
        .await;
    assert_eq!(location(&r), "/consult/food/q/2");
    let r = child.post("/consult/food/q/1", &[("choice", "3")]).await;
    assert_eq!(location(&r), "/consult/food/q/2");
    let one: i64 = counts(&app)
        .await
        .iter()
        .filter(|c| c.1 == "language")
        .map(|c| c.4)
        .sum();
    assert_eq!(one, 2, "one answer: its respondent and its option, once");
}

/// Two worlds in which the same children give the same answers, paired differently across
/// questions: the database ends up byte-for-byte the same, so it cannot say who answered what.
#[tokio::test]
async fn the_database_cannot_rebuild_one_childs_answers() {
    let mut worlds = Vec::new();
    for pairing in [
        [("1", "sport"), ("5", "music")],
        [("1", "music"), ("5", "sport")],
    ] {
        let app = spawn_app().await;
        open_consultation(&app, "food").await;
        for (food, activity) in pairing {
            let mut child = Child::new(&app);
            let answers: [&[(&str, &str)]; 3] = [
                &[("choice", food)],
                &[("choice", activity)],
                &[("answer", "skip")],
            ];
            child.take_part("food", "15_to_17", &answers).await;
        }
        worlds.push(counts(&app).await);
        let tables = crate::support::database::tables_mentioning(&app.store, "consultation").await;
        assert!(tables.len() > 5, "{tables:?}");
        // Nothing but counts and the definition: no session, kiosk or time beside an answer.
        for table in tables {
            let columns = crate::support::database::columns(&app.store, &table).await;
            for (column, _) in columns {
                let address =
                    column == "ip" || column.ends_with("_ip") || column.contains("address");
                assert!(
                    !address
                        && !["session", "kiosk", "created_at", "answered_on", "time"]
                            .iter()
                            .any(|w| column.contains(w)),
                    "{table}.{column}"
                );
            }
        }
    }
    assert_eq!(worlds[0], worlds[1]);
}

#[tokio::test]
async fn results_are_under_embargo_until_close_then_hide_small_groups() {
    let app = spawn_app().await;
    open_consultation(&app, "food").await;
    let lead = app.staff("lena", Role::ConsultationLead).await;
    let child = Child::new(&app);
    for _ in 0..5 {
        assert_eq!(child.get("/consult/food/results").await.status(), 404);
    }
    assert_eq!(lead.get("/console/consultations/food").await.status(), 404);
    assert_eq!(
        lead.get("/console/consultations/food/export.csv")
            .await
            .status(),
        404
    );
    // Five public refusals audited once (a flood cannot grow the log), the lead's two each.
    let embargoed = app.audit_actions().await;
    assert_eq!(
        embargoed
            .iter()
            .filter(|a| *a == "consultation.embargo")
            .count(),
        3
    );
    // Twelve children: ten say 4 about the food, two say 1.
    for n in 0..12 {
        let mut child = Child::new(&app);
        let food = if n < 2 { "1" } else { "4" };
        let answers: [&[(&str, &str)]; 3] = [
            &[("choice", food)],
            &[("choice", "sport")],
            &[("choice", "wifi")],
        ];
        child.take_part("food", "not_said", &answers).await;
    }
    assert!(app
        .store
        .close_consultation("food", &Day::today())
        .await
        .unwrap());
    let page = child.get("/consult/food/results").await;
    assert_eq!(page.status(), 200);
    // Fluent isolates each variable (U+2068 … U+2069).
    let page = page
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(page.contains("12 children answered"));
    assert!(page.contains("hidden (to protect groups of fewer than 10)"));
    assert!(page.contains("<svg") && page.contains("<table"));
    let page = lead.get("/console/consultations/food").await;
    assert_eq!(page.status(), 200);
    let page = page
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(page.contains("id=\"lundy-chain\"") && page.contains("Took part: 12"));
    assert!(page.contains("Decisions: 0 (done: 0)"));
    let csv = lead.get("/console/consultations/food/export.csv").await;
    assert_eq!(csv.status(), 200);
    let csv = csv.text().await.unwrap();
    // "1" is 2 (hidden), so "4" is hidden beside it: 12 − 10 would give it away.
    assert!(csv.contains("food,all,,1,hidden") && csv.contains("food,all,,4,hidden"));
    assert!(csv.contains("food,all,,*,12") && csv.contains("first,all,,wifi,12"));
    assert!(!csv.contains(",2\n"), "no count below k anywhere: {csv}");
    // The Lundy chain's numbers open the export.
    assert!(csv.contains(",chain,took_part,*,12\n") && csv.contains(",chain,decisions,*,0\n"));
    let actions = app.audit_actions().await;
    assert!(actions.contains(&"consultation.export".to_owned()));
    // Opening (its first child) and publishing (its results first read) are audited once each,
    // however many children and readers follow.
    let once = |action: &str| actions.iter().filter(|a| a.as_str() == action).count();
    assert_eq!(once("consultation.open"), 1);
    assert_eq!(once("consultation.publish"), 1);
}

#[tokio::test]
async fn the_cli_refuses_a_definition_a_child_could_not_read_and_exports_only_after_close() {
    let app = spawn_app().await;
    let dir = app.data_dir.path();
    let file = dir.join("consultation.toml");
    let untranslated = EXAMPLE.replace("q-first-quiet = \"غرفة هادئة\"\n", "");
    std::fs::write(&file, untranslated).unwrap();
    let out = heard(dir, &["consultations", "add", file.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing in ar"));
    assert!(app.store.consultations().await.unwrap().is_empty());
    std::fs::write(&file, EXAMPLE.replace("2026-12-31", "2099-12-31")).unwrap();
    let out = heard(dir, &["consultations", "add", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = heard(dir, &["consultations", "export", "food-and-free-time"]);
    assert!(!out.status.success(), "under embargo");
    let out = heard(dir, &["consultations", "close", "food-and-free-time"]);
    assert!(out.status.success());
    let out = heard(
        dir,
        &[
            "consultations",
            "export",
            "food-and-free-time",
            "--format",
            "csv",
        ],
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("food,all,,*,too_few"));
    let out = heard(dir, &["consultations", "export", "food-and-free-time"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["lundy"]["took_part"], "too_few");
    assert_eq!(
        json["lundy"]["audience"]["en"],
        "The director of the shelters and the children's council"
    );
    assert!(json["lundy"]["audience"]["ar"].is_string());
    // Deleted whole, audited.
    let out = heard(dir, &["consultations", "delete", "food-and-free-time"]);
    assert!(out.status.success());
    assert!(app.store.consultations().await.unwrap().is_empty());
    let counts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultation_texts")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(counts, 0, "nothing of it is left");
    let out = heard(dir, &["consultations", "delete", "food-and-free-time"]);
    assert!(!out.status.success(), "no such consultation");
    let actions = app.audit_actions().await;
    for action in [
        "consultation.add",
        "consultation.embargo",
        "consultation.close",
        "consultation.export",
        "consultation.delete",
    ] {
        assert!(actions.contains(&action.to_owned()), "{action}");
    }
}

#[tokio::test]
async fn you_said_we_did_is_said_in_every_language_and_shown_with_the_results() {
    let app = spawn_app().await;
    let dir = app.data_dir.path();
    let file = dir.join("consultation.toml");
    std::fs::write(&file, EXAMPLE.replace("2026-12-31", "2099-12-31")).unwrap();
    assert!(
        heard(dir, &["consultations", "add", file.to_str().unwrap()])
            .status
            .success()
    );
    let actions = include_str!("../../../docs/examples/actions.toml");
    let untranslated = dir.join("untranslated.toml");
    std::fs::write(
        &untranslated,
        actions.replace(
            "texts.ar.what = \"أصبح في القائمة الآن فطور ساخن وفاكهة كل يوم.\"\n",
            "",
        ),
    )
    .unwrap();
    let id = "food-and-free-time";
    let out = heard(
        dir,
        &[
            "consultations",
            "actions",
            id,
            untranslated.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no text in ar"));
    let no_why = dir.join("no-why.toml");
    let english_why = ", why = \"We have not found a teacher yet; we are still looking.\"";
    assert!(actions.contains(english_why));
    std::fs::write(&no_why, actions.replace(english_why, "")).unwrap();
    let out = heard(
        dir,
        &["consultations", "actions", id, no_why.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("was not done: say why, in en"));
    let whole = dir.join("actions.toml");
    std::fs::write(&whole, actions).unwrap();
    let out = heard(
        dir,
        &["consultations", "actions", id, whole.to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Still under embargo: nothing shows, the decisions included.
    let child = Child::new(&app);
    assert_eq!(
        child.get(&format!("/consult/{id}/results")).await.status(),
        404
    );
    assert!(app
        .store
        .close_consultation(id, &Day::today())
        .await
        .unwrap());
    let list = child.get("/consult").await.text().await.unwrap();
    assert!(
        list.contains(&format!("/consult/{id}/results")),
        "closed ones lead to results"
    );
    let page = child
        .get(&format!("/consult/{id}/results?lang=ar"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("id=\"you-said-we-did\""));
    assert!(page.contains("أصبح في القائمة الآن فطور ساخن وفاكهة كل يوم."));
    assert!(
        page.contains("لم نجد معلّمًا بعد، وما زلنا نبحث."),
        "why it was not done"
    );
    assert!(
        page.contains("ما رأيك في الطعام؟"),
        "the question it answers"
    );
    assert!(app
        .audit_actions()
        .await
        .contains(&"consultation.actions".to_owned()));
}

/// A script that drops its cookie starts afresh each time: the site-wide ceiling stops it, with a
/// translated "try again" and nothing counted, and a child's message still gets through.
#[tokio::test]
async fn a_cookie_dropping_flood_of_answers_meets_the_ceiling_and_messages_still_arrive() {
    let app = crate::support::spawn_app_with(crate::support::Options {
        flood: heard::config::FloodArgs {
            consultation_limit: 3,
            ..heard::config::FloodArgs::default()
        },
        ..crate::support::Options::default()
    })
    .await;
    open_consultation(&app, "food").await;
    let mut statuses = Vec::new();
    for _ in 0..6 {
        let mut script = Child::new(&app);
        let r = script
            .post("/consult/food/start?lang=es", &[("age", "not_said")])
            .await;
        let status = r.status().as_u16();
        if status == 503 {
            assert_eq!(r.headers()["retry-after"], "300");
            assert!(r.text().await.unwrap().contains("minutos"), "translated");
        } else {
            script.post("/consult/food/q/1", &[("choice", "1")]).await;
        }
        statuses.push(status);
    }
    assert_eq!(statuses, [303, 303, 303, 503, 503, 503]);
    let answered: i64 = counts(&app)
        .await
        .iter()
        .filter(|c| c.1 == "language" && c.3 == "*")
        .map(|c| c.4)
        .sum();
    assert_eq!(answered, 3);
    app.send_by_form("a message during a flood of answers")
        .await;
}

#[tokio::test]
async fn taking_part_in_another_consultation_never_reopens_this_one() {
    let app = spawn_app().await;
    open_consultation(&app, "food").await;
    open_consultation(&app, "other").await;
    let mut child = Child::new(&app);
    child
        .post("/consult/food/start", &[("age", "not_said")])
        .await;
    child.post("/consult/food/q/1", &[("choice", "1")]).await;
    let r = child
        .post("/consult/other/start", &[("age", "not_said")])
        .await;
    assert_eq!(location(&r), "/consult/other/q/1");
    let back = child
        .post("/consult/food/start", &[("age", "not_said")])
        .await;
    assert_eq!(location(&back), "/consult/food/q/2", "where the child was");
    let again = child.post("/consult/food/q/1", &[("choice", "1")]).await;
    assert_eq!(location(&again), "/consult/food/q/2");
    let food_answers: i64 = counts(&app)
        .await
        .iter()
        .filter(|c| c.1 == "language" && c.3 == "*")
        .map(|c| c.4)
        .sum();
    assert_eq!(food_answers, 1);
}
