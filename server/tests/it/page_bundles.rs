//! The child site has two bundles in one hashed folder: the start page and its flows run
//! with `heard.js`, coming back with `heard-back.js` — so a child who sends never downloads
//! coming back (its pad, replies, story versions) and the reverse. Each page links its own and
//! never the other. (Needs the built site, as every test run by the README's command has.)

use crate::support::{add_kiosk, spawn_app};
use app::site_files::SiteFiles;
use std::path::Path;

#[tokio::test]
async fn each_page_links_its_own_bundle_and_never_the_others() {
    let app = spawn_app().await;
    let site = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site");
    let files = SiteFiles::read(&site).expect("the site is built");
    let (share_js, share_wasm) = files.child_bundle();
    let dir = share_js.trim_end_matches("heard.js");
    let (back_js, back_wasm) = (
        format!("{dir}heard-back.js"),
        format!("{dir}heard-back_bg.wasm"),
    );
    let kiosk = add_kiosk(&app, &[]);
    let kiosk = kiosk.trim_start_matches(&app.child);
    let client = app.child_client();
    for (path, own, other) in [
        ("/", [&share_js, &share_wasm], [&back_js, &back_wasm]),
        (kiosk, [&share_js, &share_wasm], [&back_js, &back_wasm]),
        ("/back", [&back_js, &back_wasm], [&share_js, &share_wasm]),
        (
            &format!("{kiosk}/back"),
            [&back_js, &back_wasm],
            [&share_js, &share_wasm],
        ),
    ] {
        let r = client
            .get(format!("{}{path}", app.child))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{path}");
        let page = r.text().await.unwrap();
        for linked in own {
            assert!(page.contains(linked.as_str()), "{path} links {linked}");
        }
        // Only coming back translates in the browser: the start page's flow takes finished
        // texts from its own HTML, and carries no translations block and no island.
        let back = own[0] == &back_js;
        assert_eq!(
            page.contains("id=\"heard-ftl\""),
            back,
            "{path}: translations block"
        );
        assert_eq!(page.contains("<leptos-island"), back, "{path}: islands");
        if !back {
            assert!(
                page.contains("id=\"flow-texts\""),
                "{path} writes the flow's texts"
            );
        }
        for unlinked in other {
            assert!(
                !page.contains(unlinked.as_str()),
                "{path} must not link {unlinked}"
            );
        }
    }
    for file in [&back_js, &back_wasm] {
        let r = client
            .get(format!("{}{file}", app.child))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{file}");
        assert_eq!(
            r.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
    }
}
