//! Recording instead of writing: the browser's own recorder (MediaRecorder), kept in page memory
//! only, listened to before sending, sealed with the rest of the answers. The controls are
//! written here hidden; the flow shows them only where the browser can record
//! (`crate::enhance::voice`); without JavaScript or a microphone the child writes instead.

use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn VoiceRecorder() -> impl IntoView {
    let lang = expect_context::<Lang>();
    view! {
        <div class="voice" hidden>
            <p class="hint" data-read="">{lang.t("voice-hint")}</p>
            <button type="button" class="secondary" id="voice-start">{lang.t("voice-record")}</button>
            <button type="button" id="voice-stop" hidden>{lang.t("voice-stop")}</button>
            <p role="status" id="voice-status"></p>
            <div id="voice-recorded" hidden>
                <p>{lang.t("voice-recorded")}</p>
                <audio id="voice-preview" controls=true></audio>
                <p><button type="button" class="secondary" id="voice-delete">
                    {lang.t("voice-delete")}
                </button></p>
            </div>
            <p class="error" role="alert" id="voice-error"></p>
        </div>
    }
    .into_any()
}
