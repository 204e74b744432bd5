//! The bundles and the stylesheet travel compressed: `cargo xtask build` writes a brotli and a
//! gzip copy of each, and the server sends the best one the browser accepts — the same bytes,
//! a fraction of the size on a child's metered connection. (Needs the built site, as every test
//! run by the README's command has.)

use crate::support::spawn_app;
use app::site_files::SiteFiles;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// A client that does not decompress: what travels is what is measured.
fn raw_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .build()
        .unwrap()
}

/// `(encoding, body length, vary, content type)` of `url` asked for with `accept`.
async fn fetch(url: &str, accept: &str) -> (Option<String>, usize, String, String) {
    let r = raw_client()
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
    let site = site_root();
    let files = SiteFiles::read(&site).expect("the site is built");
    let (js, wasm) = files.child_bundle();
    let css = files.child_stylesheet();
    for (path, kind) in [
        (wasm.as_str(), "application/wasm"),
        (js.as_str(), "javascript"),
        (css.as_str(), "text/css"),
    ] {
        let file = path.trim_start_matches('/');
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
    let url = format!("{}{}", app.console, files.console_bundle().1);
    let (encoding, _, _, _) = fetch(&url, "br").await;
    assert_eq!(encoding.as_deref(), Some("br"));
}

/// `GET url` with the test's client.
async fn get(client: &reqwest::Client, url: String) -> reqwest::Response {
    client.get(url).send().await.unwrap()
}

fn site_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site")
}

/// The pages link the build's hashed names; those are cached for good, and nothing else under
/// the static folders is served — no unhashed name, no other build's folder — so a page can
/// never be given a bundle it was not built with.
#[tokio::test]
async fn pages_link_the_builds_hashed_files_which_are_immutable_and_nothing_else_is_served() {
    let app = spawn_app().await;
    let files = SiteFiles::read(&site_root()).expect("the site is built");
    let client = app.child_client();
    let page = get(&client, format!("{}/", app.child))
        .await
        .text()
        .await
        .unwrap();
    let (js, wasm) = files.child_bundle();
    // The page carries its stylesheet inside; the file is still served, for the error pages.
    let css = files.child_stylesheet();
    assert!(
        page.contains(files.child_styles()),
        "the stylesheet is in the page"
    );
    for linked in [&js, &wasm, &css] {
        assert!(
            linked == &css || page.contains(linked.as_str()),
            "{linked} not in {page}"
        );
        let r = get(&client, format!("{}{linked}", app.child)).await;
        assert_eq!(r.status(), 200, "{linked}");
        assert_eq!(
            r.headers()["cache-control"],
            "public, max-age=31536000, immutable",
            "{linked}"
        );
    }
    let (console_js, _) = files.console_bundle();
    let inbox_css = files.console_stylesheet();
    for linked in [&console_js, &inbox_css] {
        let r = get(&client, format!("{}{linked}", app.console)).await;
        assert_eq!(r.status(), 200, "{linked}");
        assert!(r.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable"));
    }
    // A folder of another build (copied in beside the current one) and the unhashed names.
    let stale = site_root().join("pkg/0000000000000000");
    std::fs::create_dir_all(&stale).unwrap();
    std::fs::write(stale.join("heard.js"), "// an old build").unwrap();
    for gone in [
        "/pkg/0000000000000000/heard.js",
        "/pkg/heard.js",
        "/pkg/heard_bg.wasm",
        "/assets/heard.css",
    ] {
        let r = get(&client, format!("{}{gone}", app.child)).await;
        assert_eq!(r.status(), 404, "{gone}");
        assert_eq!(r.headers()["cache-control"], "no-store", "{gone}");
    }
    let _ = std::fs::remove_dir_all(&stale);
    // Each name is its content's: the hash `cargo xtask build` names a folder by, recomputed
    // from the bytes the server sends (see `xtask/src/hashed.rs`).
    for (folder, served_under, base) in [
        (
            files.child_pkg_dir(),
            format!("/{}", files.child_pkg_dir()),
            &app.child,
        ),
        (
            files.assets_dir(),
            format!("/{}", files.assets_dir()),
            &app.child,
        ),
        (
            files.console_pkg_dir(),
            format!("/console/pkg/{}", files.console_hash()),
            &app.console,
        ),
    ] {
        let mut names: Vec<String> = std::fs::read_dir(site_root().join(&folder))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| !n.ends_with(".br") && !n.ends_with(".gz"))
            .collect();
        names.sort();
        let mut hasher = Sha256::new();
        for name in names {
            let url = format!("{base}{served_under}/{name}");
            let r = client.get(&url).header("accept-encoding", "identity");
            let bytes = r.send().await.unwrap().bytes().await.unwrap();
            hasher.update(name.as_bytes());
            hasher.update([0]);
            hasher.update((bytes.len() as u64).to_le_bytes());
            hasher.update(&bytes);
        }
        let hash: String = hasher.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert!(
            folder.ends_with(&hash),
            "{folder} holds content hashing to {hash}"
        );
    }
    // The consultation's seal script imports this build's bundle too.
    let seal = get(&client, format!("{}/consult/seal.js", app.child))
        .await
        .text()
        .await
        .unwrap();
    assert!(seal.contains(&format!("from '{js}'")), "{seal}");
    assert!(seal.contains(&wasm), "{seal}");
}

/// The child's pages travel compressed where no secret lasts from one response to the next
/// (BREACH): the intake page's secrets (nonce, the form's token) are new in every response, and a
/// kiosk's pages, a consultation's and the console's are sent as they are.
#[tokio::test]
async fn the_childs_pages_are_compressed_and_pages_with_a_lasting_secret_are_not() {
    let app = spawn_app().await;
    let start = crate::support::add_kiosk(&app, &[]);
    let client = raw_client();
    let get = |url: String, accept: &'static str| {
        let client = client.clone();
        async move {
            let r = client
                .get(url)
                .header("accept-encoding", accept)
                .send()
                .await
                .unwrap();
            let encoding = r
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap().to_owned());
            (r.status(), encoding, r.bytes().await.unwrap().to_vec())
        }
    };
    let (status, encoding, br) = get(format!("{}/", app.child), "gzip, br").await;
    assert_eq!((status.as_u16(), encoding.as_deref()), (200, Some("br")));
    let (_, encoding, gz) = get(format!("{}/", app.child), "gzip").await;
    assert_eq!(encoding.as_deref(), Some("gzip"));
    let mut page = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut page).unwrap();
    assert!(page.contains("id=\"form-ticket\""), "{page}");
    assert!(br.len() * 3 < page.len(), "{} of {}", br.len(), page.len());
    // Every response has its own form token: nothing lasting for BREACH to recover.
    let (_, _, again) = get(format!("{}/", app.child), "identity").await;
    let token = |page: &str| {
        let at = page.find("id=\"form-ticket\"").unwrap();
        page[at..at + 400].to_owned()
    };
    assert_ne!(token(&page), token(&String::from_utf8(again).unwrap()));
    for url in [
        start.clone(),
        format!("{start}/back"),
        format!("{}/consult", app.child),
        format!("{}/console/login", app.console),
    ] {
        let (status, encoding, _) = get(url.clone(), "gzip, br").await;
        assert!(status.is_success(), "{url}: {status}");
        assert_eq!(encoding, None, "{url} carries a lasting secret");
    }
    let (_, encoding, _) = get(format!("{}/api/recipients", app.child), "gzip, br").await;
    assert_eq!(encoding, None, "no API answer is compressed");
}
