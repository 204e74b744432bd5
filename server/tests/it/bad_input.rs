//! Malformed requests of every kind, to every route of both listeners: each must get an answer
//! below 500 — never a server error, nor a reset connection (which is what a panicking handler
//! leaves). Deterministic (a fixed seed), so a failure can be replayed.

use crate::reviewer_keys::csrf;
use crate::support::console::signed_in_as;
use crate::support::spawn_app;
use heard::accounts::Role;

const ID: &str = "0123456789abcdef0123456789abcdef";

const CHILD_ROUTES: &[&str] = &[
    "/",
    "/sent",
    "/back",
    "/stories",
    "/exit",
    "/send",
    "/api/recipients",
    "/api/facilities",
    "/api/facilities/casa-norte/picture",
    "/api/return",
    "/api/return/messages",
    "/api/return/withdraw",
    "/api/return/follow",
    "/api/return/story/consent",
    "/api/return/story/version",
    "/api/submissions/ID",
    "/api/stories/ID",
    "/consult",
    "/consult/ID",
    "/consult/ID/start",
    "/consult/ID/q/1",
    "/consult/ID/q/ID",
    "/consult/ID/q/1/sealed/ID",
    "/consult/seal.js",
    "/consult/ID/thanks",
    "/consult/ID/results",
    "/kiosk/ID",
    "/kiosk/ID/back",
    "/kiosk/ID/sw.js",
    "/pkg/heard.js",
    "/pkg/ID",
    "/assets/ID",
    "/assets/heard.css",
];

const CONSOLE_ROUTES: &[&str] = &[
    "/console",
    "/console/login",
    "/console/login/passkey",
    "/console/login/passkey/answer",
    "/console/passkeys",
    "/console/passkeys/register",
    "/console/passkeys/register/answer",
    "/console/passkeys/remove",
    "/console/passkeys/confirm",
    "/console/passkeys/confirm/answer",
    "/console/passkey.js",
    "/console/logout",
    "/console/audit",
    "/console/audit/facilities",
    "/console/inbox",
    "/console/stories",
    "/console/api/stories",
    "/console/api/stories/ID/versions",
    "/console/api/stories/ID/versions/ID/publish",
    "/console/api/stories/ID/co-consent",
    "/console/languages",
    "/console/accounts",
    "/console/affiliations",
    "/console/api/key",
    "/console/api/cases",
    "/console/api/cases/ID",
    "/console/api/cases/ID/recuse",
    "/console/api/cases/ID/share",
    "/console/api/cases/ID/notes",
    "/console/api/cases/ID/replies",
    "/console/consultations",
    "/console/consultations/ID",
    "/console/consultations/ID/export.csv",
    "/console/consultations/ID/export.json",
    "/console/consultations/ID/written",
    "/console/consultations/ID/manage",
    "/console/consultations/new",
    "/console/api/consultations/ID/written",
    "/console/api/consultations/ID/written/ID/quote",
    "/console/api/consultations/ID/written/ID/case",
    "/console/api/consultations/case-recipients",
    "/console/enrol/ID",
    "/console/pkg/heard-console.js",
    "/console/pkg/ID",
    "/console/assets/ID",
    "/console/assets/heard.css",
];

const METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"];

/// A small fixed-seed generator (xorshift): the same requests on every run.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// Ways to spoil a route's path (`PATH_MANGLES` of them).
const PATH_MANGLES: u64 = 9;

fn mangle_path(variant: u64, route: &str) -> String {
    let long = "a".repeat(300);
    let path = match variant {
        0 => route.replace("ID", ID),
        1 => route.replace("ID", &long),
        2 => route.replace("ID", "%00%ff%2e%2e%2f"),
        3 => format!("{}/{long}", route.replace("ID", ID)),
        4 => format!("{}/../../etc/passwd", route.replace("ID", "x")),
        5 => route.replace("ID", "ñ-é-😀"),
        6 => format!(
            "{}?lang=%ff&before=-1&queue=%00&status={long}",
            route.replace("ID", ID)
        ),
        7 => format!("{}//", route.replace("ID", "")),
        _ => format!("{}?{}", route.replace("ID", ID), "x=1&".repeat(500)),
    };
    path.replace("😀", "%F0%9F%98%80")
        .replace('ñ', "%C3%B1")
        .replace('é', "%C3%A9")
}

#[tokio::test]
async fn no_malformed_request_gets_a_server_error() {
    let app = spawn_app().await;
    let reviewer = signed_in_as(&app, "rev", Role::Reviewer).await;
    let token = csrf(&app, &reviewer).await;
    let admin = signed_in_as(&app, "adm", Role::Admin).await;
    let lead = signed_in_as(&app, "lead", Role::ConsultationLead).await;
    // A consultation whose id is the routes' ID, open today: its flow and its embargo are hit.
    let mut consultation: app::consultation::Definition =
        toml::from_str(include_str!("../../../docs/examples/consultation.toml")).unwrap();
    consultation.id = ID.to_owned();
    consultation.closes_on = "2099-12-31".to_owned();
    app.store
        .add_consultation(&consultation, &heard::store::Day::today())
        .await
        .unwrap();
    let client = app.child_client();
    let mut dice = Dice(0x5eed_1234_abcd_9876);
    let (mut sent, mut client_errors) = (0u32, 0u32);
    let long_header = "x".repeat(8000);
    // Every route of both listeners, with every spoilt path and every method; the headers,
    // cookies and bodies drawn at random (fixed seed).
    let every = CHILD_ROUTES
        .iter()
        .map(|r| (&app.child, *r))
        .chain(CONSOLE_ROUTES.iter().map(|r| (&app.console, *r)));
    let mut cases = vec![];
    for (base, route) in every {
        for variant in 0..PATH_MANGLES {
            for method in METHODS {
                cases.push((base, route, variant, *method));
            }
        }
    }
    for (base, route, variant, method) in cases {
        let url = format!("{base}{}", mangle_path(variant, route));
        let mut request = client.request(method.parse().unwrap(), &url);
        request = match dice.next() % 5 {
            0 => request,
            4 => request.header("cookie", &lead),
            1 => request.header("cookie", "heard-console=%%%; heard-child=;;==;garbage\\"),
            2 => request
                .header("cookie", &reviewer)
                .header("x-csrf-token", &token),
            _ => request.header("cookie", &admin),
        };
        let (name, value): (&str, String) = match dice.next() % 8 {
            0 => ("accept-language", "zz-ZZ;q=nan, *;q=-1, ".repeat(40)),
            1 => ("content-type", "application/json; charset=ebcdic".into()),
            2 => ("x-proof", "nonsense:::".into()),
            3 => ("x-recipient-set", long_header.clone()),
            4 => ("x-urgent", "maybe".into()),
            5 => ("x-story-terms", "public=yes;media=perhaps;naming=".into()),
            6 => ("x-share-with", "../../admin".into()),
            _ => ("content-type", "application/x-www-form-urlencoded".into()),
        };
        request = request.header(name, value);
        let body = match dice.next() % 6 {
            0 => Vec::new(),
            1 => dice.bytes(64),
            2 => dice.bytes(70_000),
            3 => b"{\"status\": [1, {\"nested\": null}], ".to_vec(),
            4 => b"csrf=&handle=%ff&code=99999999999999999999&text=%".to_vec(),
            _ => b"age-encryption.org/v1\n-> X25519 AAAA\n--- zz\n".to_vec(),
        };
        let response = request
            .body(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{method} {url}: no answer ({e})"));
        let status = response.status().as_u16();
        assert!(status < 500, "{method} {url} ({name}) answered {status}");
        sent += 1;
        client_errors += u32::from((400..500).contains(&status));
    }
    println!("bad input: {sent} requests, {client_errors} answered 4xx, 0 answered 5xx");
}
