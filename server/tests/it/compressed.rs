//! The bundles and the stylesheet travel compressed: `cargo xtask build` writes a brotli and a
//! gzip copy of each, and the server sends the best one the browser accepts — the same bytes,
//! a fraction of the size on a child's metered connection. (Needs the built site, as every test
//! run by the README's command has.)

use crate::support::spawn_app;

/// `(encoding, body length, vary, content type)` of `url` asked for with `accept`.
async fn fetch(url: &str, accept: &str) -> (Option<String>, usize, String, String) {
    // No automatic decompression: what travels is what is measured.
    let client = reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .build()
        .unwrap();
    let r = client
        .get(url)
        .header("accept-encoding", accept)
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        200,
        "{url}: is the site built (`cargo xtask build`)?"
    );
    let header = |name: &str| {
        r.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let (encoding, vary) = (
        header("content-encoding"),
        header("vary").unwrap_or_default(),
    );
    let kind = header("content-type").unwrap_or_default();
    (encoding, r.bytes().await.unwrap().len(), vary, kind)
}

#[tokio::test]
async fn the_child_bundle_and_the_stylesheet_are_sent_compressed_where_the_browser_accepts_it() {
    let app = spawn_app().await;
    let site = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site");
    for (path, file, kind) in [
        (
            "/pkg/heard_bg.wasm",
            "pkg/heard_bg.wasm",
            "application/wasm",
        ),
        ("/pkg/heard.js", "pkg/heard.js", "javascript"),
        ("/assets/heard.css", "assets/heard.css", "text/css"),
    ] {
        let url = format!("{}{path}", app.child);
        let size = |suffix: &str| {
            std::fs::metadata(site.join(format!("{file}{suffix}")))
                .unwrap_or_else(|_| panic!("{file}{suffix}: run `cargo xtask build`"))
                .len() as usize
        };
        let (encoding, len, vary, sent_kind) = fetch(&url, "gzip, deflate, br").await;
        assert_eq!(encoding.as_deref(), Some("br"), "{path}");
        assert_eq!(len, size(".br"));
        assert!(len < size("") / 2, "{path}: {len} of {}", size(""));
        assert!(
            vary.to_lowercase().contains("accept-encoding"),
            "{path}: {vary}"
        );
        assert!(
            sent_kind.contains(kind),
            "{path}: the type of the file, not of its copy"
        );
        let (encoding, len, _, _) = fetch(&url, "gzip").await;
        assert_eq!(
            (encoding.as_deref(), len),
            (Some("gzip"), size(".gz")),
            "{path}"
        );
        let (encoding, len, _, _) = fetch(&url, "identity").await;
        assert_eq!((encoding, len), (None, size("")), "{path}");
    }
    // The console's bundle too, on its own listener.
    let url = format!("{}/console/pkg/heard-console_bg.wasm", app.console);
    let (encoding, _, _, _) = fetch(&url, "br").await;
    assert_eq!(encoding.as_deref(), Some("br"));
}
