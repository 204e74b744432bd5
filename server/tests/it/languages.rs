//! Languages: a kiosk's default yields to a child's choice; a partial locale falls back message
//! by message to the language an admin chose (checked and audited); the pseudo-locale and the
//! child-only languages are refused where they are not offered.

use crate::support::{heard, spawn_app, spawn_app_with, Options};

fn html_lang(html: &str) -> (&str, &str) {
    let tag = &html[html.find("<html").unwrap()..];
    let tag = &tag[..tag.find('>').unwrap()];
    let attr = |name: &str| {
        let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        &tag[start..start + tag[start..].find('"').unwrap()]
    };
    (attr(" lang"), attr("data-fallback"))
}

async fn page(url: &str, accept: &str, cookie: Option<&str>) -> (String, Option<String>) {
    let client = reqwest::Client::new();
    let mut request = client.get(url).header("accept-language", accept);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{url}");
    let set_cookie = response
        .headers()
        .get("set-cookie")
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned());
    (response.text().await.unwrap(), set_cookie)
}

#[tokio::test]
async fn a_kiosk_starts_in_its_language_until_the_child_chooses_another() {
    let app = spawn_app().await;
    let refused = heard(
        app.data_dir.path(),
        &[
            "kiosks",
            "add",
            "--label",
            "hall",
            "--child-url",
            &app.child,
            "--lang",
            "xx",
        ],
    );
    assert!(!refused.status.success(), "an unknown language is refused");
    assert!(
        app.store.kiosks().await.unwrap().is_empty(),
        "and nothing was added"
    );

    let start = crate::support::add_kiosk(&app, &["--lang", "ti"]);

    let (html, kiosk_cookie) = page(&start, "en-US,en", None).await;
    assert_eq!(
        html_lang(&html).0,
        "ti",
        "the kiosk's default beats the browser's guess"
    );
    // The session keeps the default for the kiosk's other pages (coming back, form answers).
    let (html, _) = page(
        &format!("{}/back", app.child),
        "en",
        kiosk_cookie.as_deref(),
    )
    .await;
    assert_eq!(
        html_lang(&html).0,
        "ti",
        "the kiosk's language holds on /back"
    );
    let (html, cookie) = page(&format!("{start}?lang=es"), "en", None).await;
    assert_eq!(html_lang(&html).0, "es");
    let (html, _) = page(&start, "en", cookie.as_deref()).await;
    assert_eq!(
        html_lang(&html).0,
        "es",
        "the child's choice is remembered over the default"
    );

    // Elsewhere on the site the browser's language still counts.
    let (html, _) = page(&format!("{}/", app.child), "fr-FR,fr", None).await;
    assert_eq!(html_lang(&html).0, "fr");
}

#[tokio::test]
async fn a_partial_language_falls_back_to_the_admins_choice_message_by_message() {
    // Mam's default fallback is Spanish; this admin chose English.
    let app = spawn_app_with(Options {
        locale_fallbacks: vec![("mam", "en")],
        ..Options::default()
    })
    .await;
    let (html, _) = page(&format!("{}/?lang=mam", app.child), "", None).await;
    assert_eq!(html_lang(&html), ("mam", "en"));
    assert!(
        html.contains("What would you like to share?"),
        "missing in Mam, shown in English"
    );
    // The start page's flow takes finished texts from the page; coming back translates in the
    // browser, so its page carries Mam's own messages and the fallback's.
    let (back, _) = page(&format!("{}/back?lang=mam", app.child), "", None).await;
    assert_eq!(html_lang(&back), ("mam", "en"));
    assert!(
        back.contains("id=\"heard-ftl\""),
        "the browser gets Mam's own messages"
    );

    // K'iche' keeps its default, Spanish: its missing messages are Spanish, never blank.
    let (html, _) = page(&format!("{}/?lang=quc", app.child), "", None).await;
    assert_eq!(html_lang(&html), ("quc", "es"));
    assert!(
        html.contains("De qué no te podemos proteger"),
        "a message K'iche' lacks, in Spanish"
    );

    // Right-to-left languages say so on the document.
    let (html, _) = page(&format!("{}/?lang=fa-AF", app.child), "", None).await;
    assert!(html.contains("dir=\"rtl\""));
}

#[tokio::test]
async fn only_another_complete_language_can_be_a_fallback_and_the_choice_is_audited() {
    let app = spawn_app().await;
    for (locale, fallback) in [
        ("quc", "quc"),
        ("quc", "mam"),
        ("xx", "es"),
        ("quc", "en-XA"),
    ] {
        let out = heard(
            app.data_dir.path(),
            &["languages", "fallback", locale, fallback],
        );
        assert!(
            !out.status.success(),
            "{locale} -> {fallback} must be refused"
        );
    }
    assert!(
        app.store.locale_fallbacks().await.unwrap().is_empty(),
        "refusals change nothing"
    );
    let out = heard(app.data_dir.path(), &["languages", "fallback", "quc", "fr"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        app.store.locale_fallbacks().await.unwrap(),
        vec![("quc".to_owned(), "fr".to_owned())]
    );
    let audited = app.store.audit_entries().await.unwrap();
    assert!(audited
        .iter()
        .any(|e| e.action == "language.fallback_set" && e.subject == "quc=fr"));

    let status = heard(app.data_dir.path(), &["languages", "status"]);
    let text = String::from_utf8(status.stdout).unwrap();
    assert_eq!(
        text.lines().count(),
        27,
        "a header and 26 languages:\n{text}"
    );
    let quc = text.lines().find(|l| l.starts_with("quc ")).unwrap();
    assert!(
        quc.contains("(partial)") && quc.trim_end().contains(" fr"),
        "{quc}"
    );
}

#[tokio::test]
async fn the_pseudo_locale_and_child_only_languages_are_offered_only_where_they_belong() {
    let app = spawn_app().await;
    let (html, _) = page(&format!("{}/?lang=en-XA", app.child), "", None).await;
    assert_eq!(
        html_lang(&html).0,
        "en",
        "no pseudo-locale on a real instance"
    );
    let (html, _) = page(
        &format!("{}/console/login?lang=ti", app.console),
        "ti",
        None,
    )
    .await;
    assert_eq!(
        html_lang(&html).0,
        "en",
        "the console is not translated into Tigrinya"
    );
    let (html, _) = page(&format!("{}/console/login?lang=fr", app.console), "", None).await;
    assert_eq!(html_lang(&html).0, "fr");

    let testing = spawn_app_with(Options {
        pseudo_locale: true,
        ..Options::default()
    })
    .await;
    let (html, _) = page(&format!("{}/?lang=en-XA", testing.child), "", None).await;
    assert_eq!(html_lang(&html).0, "en-XA");
    assert!(!html.contains("What would you like to share?"));
}

#[tokio::test]
async fn an_admin_sees_the_status_table_and_chooses_a_fallback_in_the_console() {
    use crate::support::console::{code, cookie as cookie_of, enrol, sign_in, PASSWORD};
    use heard::accounts::Role;
    let app = spawn_app().await;
    let secret = enrol(&app, "ada", Role::Admin).await;
    let signed = sign_in(&app, "ada", PASSWORD, &code(&secret, -1), None).await;
    let cookie = cookie_of(&signed).unwrap();
    let client = app.child_client();
    let url = format!("{}/console/languages", app.console);
    let html = client
        .get(&url)
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Drafted by machine") && html.contains("Not yet"),
        "honest status"
    );
    // Fluent isolates each placeable with FSI/PDI, which keeps right-to-left numbers in place.
    let plain = html.replace(['\u{2068}', '\u{2069}'], "");
    let quc = app::i18n::coverage(app::i18n::Locale::Quc);
    assert!(quc.done > 100 && quc.done < quc.total, "K'iche' is partial");
    let shown = format!("{} of {} ({} %)", quc.done, quc.total, quc.percent());
    assert!(plain.contains(&shown), "K'iche' coverage is shown: {shown}");
    assert!(html.contains("lang=\"ti\" dir=\"ltr\"") && html.contains("lang=\"ar\" dir=\"rtl\""));
    let start = html.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    let csrf = html[start..].split('"').next().unwrap().to_owned();

    // A partial language cannot stand in; the refusal is translated and changes nothing.
    let refused = choose_fallback(&format!("{url}?lang=es"), &cookie, &csrf, "mam", "").await;
    assert_eq!(refused.status(), 400);
    assert!(refused
        .text()
        .await
        .unwrap()
        .contains("Ese idioma no puede sustituir a este"));
    assert!(app.store.locale_fallbacks().await.unwrap().is_empty());

    // Without a fresh code from the admin's authenticator (step-up): refused, nothing changes.
    let no_code = choose_fallback(&url, &cookie, &csrf, "en", "").await;
    assert_eq!(no_code.status(), 403);
    assert!(app.store.locale_fallbacks().await.unwrap().is_empty());
    let saved = choose_fallback(&url, &cookie, &csrf, "en", &code(&secret, 0)).await;
    assert_eq!(saved.status(), 200);
    let audited = app.store.audit_entries().await.unwrap();
    assert!(audited
        .iter()
        .any(|e| e.action == "language.fallback_set" && e.subject == "quc=en"));
    // The next child page in K'iche' shows its missing messages in English.
    let (page_html, _) = page(&format!("{}/?lang=quc", app.child), "", None).await;
    assert_eq!(html_lang(&page_html), ("quc", "en"));
}

/// An admin's post of the languages form: K'iche' falls back to `fallback`.
async fn choose_fallback(
    url: &str,
    cookie: &str,
    csrf: &str,
    fallback: &str,
    step_up: &str,
) -> reqwest::Response {
    reqwest::Client::new()
        .post(url)
        .header("cookie", cookie)
        .form(&[
            ("csrf", csrf),
            ("locale", "quc"),
            ("fallback", fallback),
            ("code", step_up),
        ])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn names_and_labels_follow_the_language_then_its_fallback_then_english() {
    use app::i18n::{Lang, Locale};
    let app = spawn_app().await;
    let phone = app::domain::PhoneNumber::parse("+1 202 555 0100").unwrap();
    let labels = [
        ("en", "Helpline"),
        ("es", "Línea de ayuda"),
        ("ar", "خط المساعدة"),
    ]
    .map(|(l, t)| (l.to_owned(), t.to_owned()));
    app.store.add_help_contact(&phone, &labels).await.unwrap();
    let names =
        [("ar", "البيت الشمالي"), ("en", "North House")].map(|(l, t)| (l.to_owned(), t.to_owned()));
    app.store.add_facility("north", None, &names).await.unwrap();

    let label = |rows: Vec<heard::store::HelpContactRow>| {
        (rows[0].label.clone(), rows[0].label_lang.clone())
    };
    let store = &app.store;
    assert_eq!(
        label(
            store
                .help_contacts(Lang::new(Locale::Ar, Locale::En))
                .await
                .unwrap()
        ),
        ("خط المساعدة".to_owned(), "ar".to_owned())
    );
    assert_eq!(
        label(
            store
                .help_contacts(Lang::new(Locale::Pt, Locale::Es))
                .await
                .unwrap()
        ),
        ("Línea de ayuda".to_owned(), "es".to_owned()),
        "Portuguese falls back to Spanish before English"
    );
    assert_eq!(
        label(
            store
                .help_contacts(Lang::new(Locale::Ti, Locale::Fa))
                .await
                .unwrap()
        ),
        ("Helpline".to_owned(), "en".to_owned())
    );
    let facility = store
        .facilities(Lang::new(Locale::Ckb, Locale::Ar))
        .await
        .unwrap();
    assert_eq!(
        (facility[0].name.as_str(), facility[0].name_lang.as_str()),
        ("البيت الشمالي", "ar")
    );
    let facility = store
        .facilities(Lang::new(Locale::Quc, Locale::Es))
        .await
        .unwrap();
    assert_eq!(
        (facility[0].name.as_str(), facility[0].name_lang.as_str()),
        ("North House", "en")
    );
}

#[tokio::test]
async fn a_fallback_chosen_elsewhere_reaches_a_running_server_within_seconds() {
    // K'iche' falls back to Spanish by default. Another server of the fleet (or the CLI beside
    // this one) writes an admin's choice of English to the database this server reads.
    let app = spawn_app().await;
    let url = format!("{}/?lang=quc", app.child);
    let (html, _) = page(&url, "", None).await;
    assert_eq!(html_lang(&html), ("quc", "es"));
    app.store.set_locale_fallback("quc", "en").await.unwrap();
    let waited = std::time::Instant::now();
    loop {
        let (html, _) = page(&url, "", None).await;
        if html_lang(&html) == ("quc", "en") {
            break;
        }
        assert!(
            waited.elapsed() < std::time::Duration::from_secs(15),
            "the choice never reached the running server"
        );
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
}
