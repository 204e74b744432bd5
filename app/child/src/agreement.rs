//! The X25519 agreements of a seal, made by the browser's WebCrypto where it has X25519 (Chromium
//! 133 and later, Firefox 130, Safari 17): native code, many times faster than the curve in WASM,
//! which is most of a seal's time on a slow phone. An older browser (or a refusal of any kind)
//! falls back to the WASM's own `x25519-dalek`, so a child on an old phone can still send.
//!
//! The ephemeral key pairs do not depend on the readers, so the page makes them ahead
//! ([`prepare`]), while the child is still writing: at Send only the agreements themselves are
//! left. Each prepared pair is taken out of the pool when it is used, so none is ever used twice;
//! the pool lives in the page's memory only and is gone with the page.
//!
//! The ephemeral secrets are made non-extractable: their bytes never enter JavaScript or the
//! WASM. The shared secrets do pass through JavaScript buffers, each zeroed once copied (best
//! effort: if the browser refuses part way, the buffers it made are left to the collector). The
//! file key and the words never leave the WASM (`heard_core::sealing::seal_agreed`).

use crate::sealing::age_lite::KeyShare;
use crate::sealing::{Agreement, RecipientSet, SealError};
use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};
use zeroize::Zeroizing;

/// How many pairs a page makes ahead: enough for the readers of a usual place. A larger set makes
/// the rest at Send.
pub const READY_AHEAD: usize = 8;

/// The most the pool ever holds, however often a page asks: a bound on what a loop could pile up.
const MOST_READY: usize = 32;

/// An ephemeral key pair made ahead: the secret stays inside the browser's crypto.
struct Ephemeral {
    secret: CryptoKey,
    public: [u8; 32],
}

thread_local! {
    static READY: RefCell<Vec<Ephemeral>> = const { RefCell::new(Vec::new()) };
}

/// Makes ephemeral key pairs until `count` are ready (at most [`MOST_READY`]). Nothing happens in
/// a browser without X25519 in WebCrypto: the fallback makes its own at Send.
pub async fn prepare(count: usize) {
    let have = READY.with(|ready| ready.borrow().len());
    let wanted = count.min(MOST_READY).saturating_sub(have);
    let Some(subtle) = subtle() else { return };
    if let Some(made) = make_pairs(&subtle, wanted).await {
        READY.with(|ready| {
            let mut ready = ready.borrow_mut();
            let room = MOST_READY.saturating_sub(ready.len());
            ready.extend(made.into_iter().take(room));
        });
    }
}

/// The agreements for one file to `recipients`: by WebCrypto where the browser can, else here.
pub async fn agree(recipients: &RecipientSet) -> Result<Agreement, SealError> {
    match native_shares(recipients).await {
        Some(shares) => Agreement::from_shares(recipients, shares),
        None => Agreement::local(recipients),
    }
}

fn subtle() -> Option<SubtleCrypto> {
    Some(web_sys::window()?.crypto().ok()?.subtle())
}

fn x25519(public: Option<&JsValue>) -> Option<Object> {
    let algorithm = Object::new();
    Reflect::set(&algorithm, &"name".into(), &"X25519".into()).ok()?;
    if let Some(public) = public {
        Reflect::set(&algorithm, &"public".into(), public).ok()?;
    }
    Some(algorithm)
}

async fn all(promises: &Array) -> Option<Array> {
    JsFuture::from(Promise::all(promises))
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// `count` fresh key pairs, asked for at once (the browser makes them in parallel). The secret
/// is not extractable; the public half is exported, as the file's stanza names it.
async fn make_pairs(subtle: &SubtleCrypto, count: usize) -> Option<Vec<Ephemeral>> {
    if count == 0 {
        return Some(Vec::new());
    }
    let algorithm = x25519(None)?;
    let derive = Array::of1(&"deriveBits".into());
    let asked = Array::new();
    for _ in 0..count {
        let pair: Promise = subtle
            .generate_key_with_object(&algorithm, false, &derive)
            .ok()?;
        asked.push(&pair);
    }
    let pairs = all(&asked).await?;
    let mut secrets = Vec::with_capacity(count);
    let exported = Array::new();
    for pair in pairs.iter() {
        let key = |name: &str| -> Option<CryptoKey> {
            Reflect::get(&pair, &name.into()).ok()?.dyn_into().ok()
        };
        let public: Promise = subtle.export_key("raw", &key("publicKey")?).ok()?;
        exported.push(&public);
        secrets.push(key("privateKey")?);
    }
    let publics = all(&exported).await?;
    secrets
        .into_iter()
        .zip(publics.iter())
        .map(|(secret, public)| {
            Some(Ephemeral {
                secret,
                public: *bytes32(public)?,
            })
        })
        .collect()
}

/// Up to `count` prepared pairs, taken out of the pool for good.
fn take_ready(count: usize) -> Vec<Ephemeral> {
    READY.with(|ready| {
        let mut ready = ready.borrow_mut();
        let keep = ready.len().saturating_sub(count);
        ready.split_off(keep)
    })
}

/// One share per recipient, in the set's order, or `None` where WebCrypto cannot.
async fn native_shares(recipients: &RecipientSet) -> Option<Vec<KeyShare>> {
    let subtle = subtle()?;
    let algorithm = x25519(None)?;
    // Every reader's key imported at once, while the missing pairs (if any) are made.
    let imports = Array::new();
    for recipient in recipients.iter() {
        let raw = Uint8Array::from(recipient.raw().as_slice());
        let imported: Promise = subtle
            .import_key_with_object("raw", &raw, &algorithm, true, &Array::new())
            .ok()?;
        imports.push(&imported);
    }
    let mut ephemerals = take_ready(recipients.len());
    let missing = recipients.len() - ephemerals.len();
    ephemerals.extend(make_pairs(&subtle, missing).await?);
    let theirs = all(&imports).await?;
    let agreed = Array::new();
    for (i, ephemeral) in ephemerals.iter().enumerate() {
        let theirs = x25519(Some(&theirs.get(i as u32)))?;
        // An all-zero result (a low-order key) is refused by the browser, and by `KeyShare`.
        let derived: Promise = subtle
            .derive_bits_with_object(&theirs, &ephemeral.secret, 256)
            .ok()?;
        agreed.push(&derived);
    }
    let agreed = all(&agreed).await?;
    // Every buffer is copied and its JavaScript copy zeroed before anything can fail.
    let copied: Vec<Option<Zeroizing<[u8; 32]>>> = agreed.iter().map(bytes32).collect();
    let mut shares = Vec::with_capacity(recipients.len());
    for ((shared, ephemeral), recipient) in copied.iter().zip(&ephemerals).zip(recipients.iter()) {
        let shared = shared.as_ref()?;
        shares.push(KeyShare::new(recipient.raw(), ephemeral.public, shared.clone()).ok()?);
    }
    Some(shares)
}

/// The 32 bytes of an `ArrayBuffer`, copied into the WASM; the JavaScript copy is zeroed.
fn bytes32(buffer: JsValue) -> Option<Zeroizing<[u8; 32]>> {
    let view = Uint8Array::new(&buffer);
    let mut out = Zeroizing::new([0u8; 32]);
    let copied = (view.length() == 32).then(|| view.copy_to(out.as_mut_slice()));
    view.fill(0, 0, view.length());
    copied.map(|()| out)
}
