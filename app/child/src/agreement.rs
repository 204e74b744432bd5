//! The X25519 agreements of a seal, made by the browser's WebCrypto where it has X25519 (Chromium
//! 133 and later, Firefox 130, Safari 17): native code, many times faster than the curve in WASM,
//! which is most of a seal's time on a slow phone. An older browser (or a refusal of any kind)
//! falls back to the WASM's own `x25519-dalek`, so a child on an old phone can still send.
//!
//! The ephemeral secrets are made non-extractable: their bytes never enter JavaScript or the
//! WASM. The shared secrets do pass through JavaScript buffers, each zeroed once copied (best
//! effort: if the browser refuses part way, the buffers it made are left to the collector). The
//! file key and the words never leave the WASM (`heard_core::sealing::seal_agreed`).

use crate::sealing::age_lite::KeyShare;
use crate::sealing::{Agreement, RecipientSet, SealError};
use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;
use zeroize::Zeroizing;

/// The agreements for one file to `recipients`: by WebCrypto where the browser can, else here.
pub async fn agree(recipients: &RecipientSet) -> Result<Agreement, SealError> {
    match native_shares(recipients).await {
        Some(shares) => Agreement::from_shares(recipients, shares),
        None => Agreement::local(recipients),
    }
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

/// One share per recipient, in the set's order, or `None` where WebCrypto cannot.
async fn native_shares(recipients: &RecipientSet) -> Option<Vec<KeyShare>> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let algorithm = x25519(None)?;
    let derive = Array::of1(&"deriveBits".into());
    // Every key pair and every recipient's key asked for at once: the browser makes them in
    // parallel. The ephemeral secret is not extractable.
    let asked = Array::new();
    for recipient in recipients.iter() {
        let raw = Uint8Array::from(recipient.raw().as_slice());
        let pair: Promise = subtle
            .generate_key_with_object(&algorithm, false, &derive)
            .ok()?;
        let imported: Promise = subtle
            .import_key_with_object("raw", &raw, &algorithm, true, &Array::new())
            .ok()?;
        asked.push(&pair);
        asked.push(&imported);
    }
    let keys = all(&asked).await?;
    let agreed = Array::new();
    for i in 0..recipients.len() as u32 {
        let pair = keys.get(2 * i);
        let public: CryptoKey = Reflect::get(&pair, &"publicKey".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let secret: CryptoKey = Reflect::get(&pair, &"privateKey".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let theirs = x25519(Some(&keys.get(2 * i + 1)))?;
        let exported: Promise = subtle.export_key("raw", &public).ok()?;
        // An all-zero result (a low-order key) is refused by the browser, and by `KeyShare`.
        let derived: Promise = subtle.derive_bits_with_object(&theirs, &secret, 256).ok()?;
        agreed.push(&exported);
        agreed.push(&derived);
    }
    let agreed = all(&agreed).await?;
    // Every buffer is copied and its JavaScript copy zeroed before anything can fail.
    let copied: Vec<Option<Zeroizing<[u8; 32]>>> = (0..agreed.length())
        .map(|i| bytes32(agreed.get(i)))
        .collect();
    let mut shares = Vec::with_capacity(recipients.len());
    for (pair, recipient) in copied.chunks(2).zip(recipients.iter()) {
        let [Some(ephemeral), Some(shared)] = pair else {
            return None;
        };
        shares.push(KeyShare::new(recipient.raw(), **ephemeral, shared.clone()).ok()?);
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
