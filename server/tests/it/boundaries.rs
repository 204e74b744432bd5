//! The two listeners share no route: the child site answers no console path and the console
//! answers no child path, each with its own translated 404.

use crate::support::spawn_app;

const CHILD_PATHS: [(&str, &str); 6] = [
    ("GET", "/"),
    ("GET", "/sent"),
    ("GET", "/api/recipients"),
    ("PUT", "/api/submissions/0123456789abcdef0123456789abcdef"),
    ("POST", "/send"),
    ("GET", "/consult/seal.js"),
];

const CONSOLE_PATHS: [(&str, &str); 4] = [
    ("GET", "/console"),
    ("GET", "/console/"),
    ("GET", "/console/login"),
    ("GET", "/console/anything/else"),
];

async fn status(client: &reqwest::Client, method: &str, url: &str) -> u16 {
    client
        .request(method.parse().unwrap(), url)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn each_listener_answers_only_its_own_routes() {
    let app = spawn_app().await;
    let client = app.child_client();
    for (method, path) in CHILD_PATHS {
        let on_console = status(&client, method, &format!("{}{path}", app.console)).await;
        assert_eq!(
            on_console, 404,
            "console answered child route {method} {path}"
        );
    }
    for (method, path) in CONSOLE_PATHS {
        let on_child = status(&client, method, &format!("{}{path}", app.child)).await;
        assert_eq!(
            on_child, 404,
            "child site answered console route {method} {path}"
        );
    }
    // The built files too: the child's bundle only on the child site, the console's only on
    // the console.
    let files = app::site_files::SiteFiles::current();
    let (child_js, console_js) = (files.child_bundle().0, files.console_bundle().0);
    let get = |base: &str, path: &str| format!("{base}{path}");
    assert_eq!(
        status(&client, "GET", &get(&app.console, &child_js)).await,
        404
    );
    assert_eq!(
        status(&client, "GET", &get(&app.child, &console_js)).await,
        404
    );
    assert_eq!(
        status(&client, "GET", &get(&app.child, &child_js)).await,
        200
    );
    assert_eq!(
        status(&client, "GET", &get(&app.console, &console_js)).await,
        200
    );
    // And each answers its own.
    assert_eq!(
        status(&client, "GET", &format!("{}/", app.child)).await,
        200
    );
    assert_eq!(
        status(&client, "GET", &format!("{}/api/recipients", app.child)).await,
        200
    );
    assert_eq!(
        status(&client, "GET", &format!("{}/console", app.console)).await,
        200
    );
}

#[tokio::test]
async fn not_found_pages_are_translated() {
    let app = spawn_app().await;
    let response = app
        .child_client()
        .get(format!("{}/console", app.child))
        .header("accept-language", "es-MX,es;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    let body = response.text().await.unwrap();
    assert!(body.contains("lang=\"es\""), "{body}");
    assert!(body.contains("Esta página no existe."), "{body}");
}

#[tokio::test]
async fn the_console_page_does_not_load_the_child_bundle() {
    let app = spawn_app().await;
    let body = app
        .child_client()
        .get(format!("{}/console", app.console))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(body.contains("Reviewer console"), "{body}");
    for child_only in ["/pkg/", ".wasm", "import(", "modulepreload"] {
        assert!(!body.contains(child_only), "{child_only}: {body}");
    }
}
