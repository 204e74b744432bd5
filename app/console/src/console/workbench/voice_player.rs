//! Plays a child's voice message in the reviewer's browser after decryption: the bytes become a
//! `blob:` address of this page (nothing is uploaded or cached), revoked when the case closes.

use crate::domain::is_audio_type;
use crate::i18n::Lang;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use leptos::prelude::*;

/// An `<audio>` player for a sealed recording (base64 from the opened envelope); `id` names the
/// element (several can be on one page).
pub fn voice_player(lang: Lang, mime: &str, data: &str, id: String) -> Option<impl IntoView> {
    // The sender is anonymous: a "recording" of another type is never given an address here.
    if !is_audio_type(mime) {
        return None;
    }
    let bytes = BASE64.decode(data).ok()?;
    let array = js_sys::Uint8Array::from(&bytes[..]);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let revoke = url.clone();
    on_cleanup(move || {
        let _ = web_sys::Url::revoke_object_url(&revoke);
    });
    Some(view! {
        <p>{lang.t("case-voice")}</p>
        <audio id=id controls=true src=url></audio>
    })
}
