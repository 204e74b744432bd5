//! The security baseline on every response, and the two listeners' separate cookies.

use crate::support::{spawn_app, spawn_app_with, Options};

fn header(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .unwrap_or_else(|| panic!("missing {name}"))
        .to_str()
        .unwrap()
        .to_owned()
}

fn nonce_of(csp: &str) -> String {
    let start = csp.find("'nonce-").expect("a nonce in the CSP") + "'nonce-".len();
    csp[start..].split('\'').next().unwrap().to_owned()
}

#[tokio::test]
async fn the_child_page_has_a_fresh_nonce_and_no_unsafe_inline() {
    let app = spawn_app().await;
    let client = app.child_client();
    let first = client.get(format!("{}/", app.child)).send().await.unwrap();
    let csp = header(&first, "content-security-policy");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(csp.contains("'strict-dynamic'"), "{csp}");
    assert!(csp.contains("'wasm-unsafe-eval'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(csp.contains("default-src 'none'"), "{csp}");
    let nonce = nonce_of(&csp);
    assert!(nonce.len() >= 16, "{nonce}");
    let body = first.text().await.unwrap();
    assert!(
        body.contains(&format!("nonce=\"{nonce}\"")),
        "the page's scripts carry the header's nonce"
    );

    let second = client.get(format!("{}/", app.child)).send().await.unwrap();
    assert_ne!(nonce, nonce_of(&header(&second, "content-security-policy")));
}

#[tokio::test]
async fn the_child_pages_carry_their_stylesheet_under_the_nonce_and_the_console_links_it() {
    let app = spawn_app().await;
    let client = app.child_client();
    let files = app::site_files::SiteFiles::current();
    let styles = files.child_styles();
    assert!(styles.contains("body"), "the built stylesheet was read");
    for path in ["/", "/?lang=ar", "/back"] {
        let page = client
            .get(format!("{}{path}", app.child))
            .send()
            .await
            .unwrap();
        let csp = header(&page, "content-security-policy");
        let nonce = nonce_of(&csp);
        assert!(
            csp.contains(&format!("style-src 'self' 'nonce-{nonce}';")),
            "{csp}"
        );
        let body = page.text().await.unwrap();
        assert!(
            body.contains(&format!("<style nonce=\"{nonce}\">{styles}</style>")),
            "{path}: the stylesheet is in the page, under this response's nonce"
        );
        assert!(
            !body.contains("rel=\"stylesheet\""),
            "{path}: nothing to wait for"
        );
    }
    let console = client
        .get(format!("{}/console", app.console))
        .send()
        .await
        .unwrap();
    let csp = header(&console, "content-security-policy");
    assert!(csp.contains("style-src 'self';"), "{csp}");
    let body = console.text().await.unwrap();
    assert!(
        body.contains(&files.console_stylesheet()),
        "the console links it"
    );
    assert!(!body.contains("<style"), "the console has no inline style");
}

#[tokio::test]
async fn every_kind_of_response_gets_the_baseline() {
    let app = spawn_app().await;
    let client = app.child_client();
    let urls = [
        format!("{}/", app.child),
        format!("{}/sent", app.child),
        format!("{}/api/recipients", app.child),
        format!("{}/no-such-page", app.child),
        format!("{}/console", app.console),
        format!("{}/nothing", app.console),
    ];
    for url in urls {
        let r = client.get(&url).send().await.unwrap();
        assert_eq!(header(&r, "x-content-type-options"), "nosniff", "{url}");
        assert_eq!(header(&r, "referrer-policy"), "no-referrer", "{url}");
        assert_eq!(header(&r, "cache-control"), "no-store", "{url}");
        assert!(
            header(&r, "strict-transport-security").contains("max-age="),
            "{url}"
        );
        let csp = header(&r, "content-security-policy");
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
            "{url}: {csp}"
        );
    }
    let put = client
        .put(format!("{}/api/submissions/nope", app.child))
        .body("x")
        .send()
        .await
        .unwrap();
    assert_eq!(header(&put, "cache-control"), "no-store");
}

#[tokio::test]
async fn the_console_gets_a_fresh_nonce_and_the_child_site_serves_no_console_bundle() {
    let app = spawn_app().await;
    let client = app.child_client();
    let mut policies = Vec::new();
    for _ in 0..2 {
        let r = client
            .get(format!("{}/console", app.console))
            .send()
            .await
            .unwrap();
        policies.push(header(&r, "content-security-policy"));
    }
    assert_ne!(policies[0], policies[1], "one nonce per response");
    assert!(policies[0].contains("'strict-dynamic'"), "{}", policies[0]);
    let bundle = client
        .get(format!(
            "{}{}",
            app.child,
            app::site_files::SiteFiles::current().console_bundle().0
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(bundle.status(), 404, "the child site has no console route");
}

fn set_cookie(response: &reqwest::Response) -> String {
    header(response, "set-cookie")
}

#[tokio::test]
async fn each_listener_has_its_own_cookie() {
    let app = spawn_app().await;
    let client = app.child_client();
    let child = client
        .get(format!("{}/?lang=es", app.child))
        .send()
        .await
        .unwrap();
    let cookie = set_cookie(&child);
    assert!(cookie.starts_with("heard-child="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let console = client
        .get(format!("{}/console?lang=es", app.console))
        .send()
        .await
        .unwrap();
    let cookie = set_cookie(&console);
    assert!(cookie.starts_with("heard-console="), "{cookie}");

    // The child's cookie means nothing to the console: it negotiates afresh (English here).
    let child_cookie = set_cookie(&child).split(';').next().unwrap().to_owned();
    let crossed = client
        .get(format!("{}/console", app.console))
        .header("cookie", child_cookie.clone())
        .send()
        .await
        .unwrap();
    assert!(crossed.text().await.unwrap().contains("lang=\"en\""));
    // While on the child site the remembered choice holds without asking again.
    let remembered = client
        .get(format!("{}/", app.child))
        .header("cookie", child_cookie)
        .send()
        .await
        .unwrap();
    assert!(remembered.text().await.unwrap().contains("lang=\"es\""));
}

#[tokio::test]
async fn behind_tls_cookies_are_secure_and_host_prefixed() {
    let app = spawn_app_with(Options {
        child_url: Some("https://heard.example.org".into()),
        console_url: Some("https://console.heard.example.org".into()),
        ..Options::default()
    })
    .await;
    let client = app.child_client();
    let child = client
        .get(format!("{}/?lang=es", app.child))
        .send()
        .await
        .unwrap();
    let cookie = set_cookie(&child);
    assert!(cookie.starts_with("__Host-heard-child="), "{cookie}");
    assert!(
        cookie.contains("Secure") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Domain="), "{cookie}");
    let console = client
        .get(format!("{}/console?lang=en", app.console))
        .send()
        .await
        .unwrap();
    assert!(set_cookie(&console).starts_with("__Host-heard-console="));
}
