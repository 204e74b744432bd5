//! Recording instead of writing: the browser's own recorder (MediaRecorder), kept in page memory
//! only, listened to before sending, sealed with the rest of the answers. The recorder stops by
//! itself at `MAX_VOICE_BYTES`. The controls exist only where the browser can record; without
//! JavaScript or a microphone the child writes instead.

use crate::i18n::Lang;
use leptos::prelude::*;

/// Where the recorder is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecorderState {
    /// This browser cannot record (or it is not known yet).
    Unavailable,
    Ready,
    /// Asking for the microphone: a second press must not start a second recorder.
    Starting,
    Recording,
    /// A recording is kept (in page memory) and can be listened to.
    Recorded,
}

#[component]
pub fn VoiceRecorder() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let state = RwSignal::new(RecorderState::Unavailable);
    let preview = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if browser::can_record() {
            state.set(RecorderState::Ready);
        }
    });
    // After a send the recording is gone: the next message starts without one.
    let flow = expect_context::<super::Flow>();
    Effect::new(move |_| {
        let kept = matches!(
            state.get_untracked(),
            RecorderState::Recorded | RecorderState::Recording
        );
        if flow.state.with(super::SendState::is_done) && kept {
            #[cfg(feature = "hydrate")]
            {
                browser::stop();
                browser::forget(preview);
            }
            state.set(RecorderState::Ready);
        }
    });
    let start = move |_| {
        if state.get_untracked() != RecorderState::Ready {
            return;
        }
        state.set(RecorderState::Starting);
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(browser::start(state, preview, error, lang));
    };
    let stop = move |_| {
        #[cfg(feature = "hydrate")]
        browser::stop();
    };
    let delete = move |_| {
        #[cfg(feature = "hydrate")]
        browser::forget(preview);
        state.set(RecorderState::Ready);
    };
    let shows = move |s: RecorderState| move || state.get() != s;
    view! {
        <div class="voice" hidden=move || state.get() == RecorderState::Unavailable>
            <p class="hint" data-read="">{lang.t("voice-hint")}</p>
            <button type="button" class="secondary" id="voice-start" hidden=shows(RecorderState::Ready)
                on:click=start>{lang.t("voice-record")}</button>
            <button type="button" id="voice-stop" hidden=shows(RecorderState::Recording)
                on:click=stop>{lang.t("voice-stop")}</button>
            <p role="status">{move || (state.get() == RecorderState::Recording).then(|| lang.t("voice-recording"))}</p>
            <div hidden=shows(RecorderState::Recorded)>
                <p>{lang.t("voice-recorded")}</p>
                <audio id="voice-preview" controls=true src=move || preview.get().unwrap_or_default()></audio>
                <p><button type="button" class="secondary" id="voice-delete" on:click=delete>
                    {lang.t("voice-delete")}
                </button></p>
            </div>
            <p class="error" role="alert">{move || error.get()}</p>
        </div>
    }
    .into_any()
}

/// The recording to seal, if there is one (its bytes are copied out of page memory).
#[cfg(feature = "hydrate")]
pub fn take_for_sending() -> Option<(String, zeroize::Zeroizing<Vec<u8>>)> {
    browser::current()
}

/// Forgets the recording (after sending).
#[cfg(feature = "hydrate")]
pub fn clear() {
    browser::clear();
}

/// Stops a recording in progress (when the child leaves the screen); it is kept as recorded.
#[cfg(feature = "hydrate")]
pub fn stop_recording() {
    browser::stop();
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::RecorderState;
    use crate::domain::MAX_VOICE_BYTES;
    use crate::i18n::Lang;
    use leptos::prelude::*;
    use std::cell::RefCell;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{Blob, BlobEvent, MediaRecorder, MediaStream, MediaStreamConstraints};
    use zeroize::Zeroizing;

    struct Recorder {
        recorder: MediaRecorder,
        stream: MediaStream,
    }

    thread_local! {
        static RECORDER: RefCell<Option<Recorder>> = const { RefCell::new(None) };
        static CHUNKS: RefCell<Zeroizing<Vec<u8>>> = RefCell::new(Zeroizing::new(Vec::new()));
        static DONE: RefCell<Option<(String, Zeroizing<Vec<u8>>)>> = const { RefCell::new(None) };
        /// Chunks whose bytes are still being read.
        static PENDING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }

    pub fn can_record() -> bool {
        let Some(window) = web_sys::window() else {
            return false;
        };
        let has_recorder =
            js_sys::Reflect::has(&window, &JsValue::from_str("MediaRecorder")).unwrap_or(false);
        has_recorder && window.navigator().media_devices().is_ok()
    }

    pub fn current() -> Option<(String, Zeroizing<Vec<u8>>)> {
        DONE.with(|d| d.borrow().clone())
    }

    pub fn clear() {
        DONE.with(|d| d.borrow_mut().take());
    }

    pub fn forget(preview: RwSignal<Option<String>>) {
        clear();
        if let Some(url) = preview.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
        preview.set(None);
    }

    pub fn stop() {
        RECORDER.with(|r| {
            if let Some(r) = r.borrow().as_ref() {
                let _ = r.recorder.stop();
            }
        });
    }

    async fn array_bytes(blob: &Blob) -> Option<Vec<u8>> {
        let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
            .await
            .ok()?;
        Some(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    pub async fn start(
        state: RwSignal<RecorderState>,
        preview: RwSignal<Option<String>>,
        error: RwSignal<Option<String>>,
        lang: Lang,
    ) {
        let refused = move || {
            error.set(Some(lang.t("voice-refused")));
            state.set(RecorderState::Ready);
        };
        let Some(devices) = web_sys::window().and_then(|w| w.navigator().media_devices().ok())
        else {
            return refused();
        };
        let constraints = MediaStreamConstraints::new();
        constraints.set_audio(&JsValue::TRUE);
        let Ok(promise) = devices.get_user_media_with_constraints(&constraints) else {
            return refused();
        };
        let Ok(stream) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return refused();
        };
        let stream: MediaStream = stream.unchecked_into();
        let Ok(recorder) = MediaRecorder::new_with_media_stream(&stream) else {
            return refused();
        };
        CHUNKS.with(|c| c.borrow_mut().clear());
        let on_data = Closure::<dyn Fn(BlobEvent)>::new(move |event: BlobEvent| {
            let Some(blob) = event.data() else {
                return;
            };
            PENDING.with(|p| p.set(p.get() + 1));
            leptos::task::spawn_local(async move {
                let bytes = array_bytes(&blob).await.unwrap_or_default();
                let full = CHUNKS.with(|c| {
                    let mut c = c.borrow_mut();
                    c.extend_from_slice(&bytes);
                    c.len() >= MAX_VOICE_BYTES
                });
                PENDING.with(|p| p.set(p.get() - 1));
                if full {
                    stop();
                }
            });
        });
        let on_stop = Closure::<dyn Fn()>::new(move || {
            RECORDER.with(|r| {
                if let Some(r) = r.borrow_mut().take() {
                    // Let go of the microphone at once.
                    for track in r.stream.get_tracks().iter() {
                        track.unchecked_into::<web_sys::MediaStreamTrack>().stop();
                    }
                    let mime = r.recorder.mime_type();
                    // The last chunk arrives just before `stop`; read it on the next turn.
                    leptos::task::spawn_local(async move {
                        finish(mime, state, preview, error, lang).await;
                    });
                }
            });
        });
        recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
        recorder.set_onstop(Some(on_stop.as_ref().unchecked_ref()));
        // The recorder lives as long as the page: its handlers are freed with it.
        on_data.forget();
        on_stop.forget();
        if recorder.start_with_time_slice(1000).is_err() {
            return refused();
        }
        RECORDER.with(|r| *r.borrow_mut() = Some(Recorder { recorder, stream }));
        error.set(None);
        state.set(RecorderState::Recording);
    }

    async fn finish(
        mime: String,
        state: RwSignal<RecorderState>,
        preview: RwSignal<Option<String>>,
        error: RwSignal<Option<String>>,
        lang: Lang,
    ) {
        // The last `dataavailable` comes just before `stop`: wait until its bytes are in CHUNKS.
        for _ in 0..100 {
            if PENDING.with(|p| p.get()) == 0 {
                break;
            }
            crate::browser::let_the_page_paint().await;
        }
        let mut bytes = CHUNKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
        bytes.truncate(MAX_VOICE_BYTES);
        if bytes.is_empty() {
            error.set(Some(lang.t("voice-refused")));
            state.set(RecorderState::Ready);
            return;
        }
        let array = js_sys::Uint8Array::from(&bytes[..]);
        let parts = js_sys::Array::of1(&array);
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(&mime);
        let url = Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .ok()
            .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob).ok());
        DONE.with(|d| *d.borrow_mut() = Some((mime, bytes)));
        preview.set(url);
        state.set(RecorderState::Recorded);
    }
}
