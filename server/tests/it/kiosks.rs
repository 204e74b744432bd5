//! Kiosks: the CLI registers a device and prints its start page once; the page carries the
//! kiosk's idle settings; `/exit?kiosk=` wipes and leads back; unknown and revoked kiosks are 404.

use crate::support::{heard, spawn_app};

#[tokio::test]
async fn a_kiosk_start_page_wipes_back_to_itself_until_it_is_revoked() {
    let app = spawn_app().await;
    let added = heard(
        app.data_dir.path(),
        &[
            "kiosks",
            "add",
            "--label",
            "common room",
            "--child-url",
            &app.child,
        ],
    );
    assert!(added.status.success(), "{added:?}");
    let printed = String::from_utf8(added.stdout).unwrap();
    let start = printed
        .lines()
        .find(|l| l.contains("/kiosk/"))
        .unwrap()
        .trim()
        .to_owned();
    let token = start.rsplit('/').next().unwrap().to_owned();
    for (path, stored) in app.data_files() {
        assert!(
            !crate::support::contains(&stored, &token),
            "only the token's hash is stored, not the token ({})",
            path.display()
        );
    }

    let client = app.child_client();
    let page = client.get(&start).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("id=\"kiosk\""));
    assert!(html.contains("data-idle=\"120\"") && html.contains("data-warning=\"30\""));
    assert!(
        html.contains(&format!("href=\"/exit?kiosk={token}\"")),
        "Quick Exit wipes the kiosk"
    );

    let back = client.get(format!("{start}/back")).send().await.unwrap();
    assert_eq!(back.status(), 200);
    assert!(
        back.text().await.unwrap().contains("id=\"kiosk\""),
        "coming back wipes too"
    );
    let other = client
        .get(format!("{start}/elsewhere"))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 404);

    let wipe = client
        .get(format!("{}/exit?kiosk={token}", app.child))
        .send()
        .await
        .unwrap();
    assert_eq!(wipe.status(), 303);
    assert_eq!(wipe.headers()["location"], format!("/kiosk/{token}"));
    assert!(wipe.headers().contains_key("clear-site-data"));

    let wrong = client
        .get(format!("{}/kiosk/{}", app.child, "a".repeat(64)))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 404);
    assert_eq!(
        client
            .get(format!("{}/exit?kiosk={}", app.child, "a".repeat(64)))
            .send()
            .await
            .unwrap()
            .status(),
        200,
        "an unknown kiosk gets the neutral page, not a redirect"
    );

    let revoked = heard(app.data_dir.path(), &["kiosks", "revoke", "--id", "1"]);
    assert!(revoked.status.success());
    assert_eq!(client.get(&start).send().await.unwrap().status(), 404);
    let list = String::from_utf8(heard(app.data_dir.path(), &["kiosks", "list"]).stdout).unwrap();
    assert!(
        list.contains("common room") && !list.contains("revoked -"),
        "{list}"
    );
}
