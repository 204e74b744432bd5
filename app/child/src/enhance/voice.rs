//! Recording instead of writing: the browser's own recorder (MediaRecorder), kept in page memory
//! only, listened to before sending, sealed with the rest of the answers. The recorder stops by
//! itself at `MAX_VOICE_BYTES`. The controls (written hidden by the server) show only where the
//! browser can record; without a microphone the child writes instead.

use super::dom::{by_id, on};
use super::Flow;
use crate::domain::MAX_VOICE_BYTES;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobEvent, Element, HtmlElement, HtmlMediaElement, MediaRecorder, MediaStream,
    MediaStreamConstraints,
};
use zeroize::Zeroizing;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Ready,
    /// Asking for the microphone: a second press must not start a second recorder.
    Starting,
    Recording,
    /// A recording is kept (in page memory) and can be listened to.
    Recorded,
}

struct Recorder {
    recorder: MediaRecorder,
    stream: MediaStream,
}

thread_local! {
    static STATE: Cell<State> = const { Cell::new(State::Ready) };
    static RECORDER: RefCell<Option<Recorder>> = const { RefCell::new(None) };
    static CHUNKS: RefCell<Zeroizing<Vec<u8>>> = RefCell::new(Zeroizing::new(Vec::new()));
    static DONE: RefCell<Option<(String, Zeroizing<Vec<u8>>)>> = const { RefCell::new(None) };
    static PREVIEW: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Chunks whose bytes are still being read.
    static PENDING: Cell<u32> = const { Cell::new(0) };
    /// Bumped by every reset: a recorder still starting, or a recording still being read, that
    /// began before it is thrown away — it belongs to a message already sent.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
    /// The finished texts this needs ("Recording…", "could not record").
    static TEXTS: RefCell<(String, String)> = RefCell::new(Default::default());
}

fn can_record() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let has_recorder =
        js_sys::Reflect::has(&window, &JsValue::from_str("MediaRecorder")).unwrap_or(false);
    has_recorder && window.navigator().media_devices().is_ok()
}

pub fn start(flow: &Rc<Flow>) {
    if !can_record() {
        return;
    }
    TEXTS.with(|t| {
        *t.borrow_mut() = (
            flow.texts.get("voice-recording"),
            flow.texts.get("voice-refused"),
        );
    });
    let button = |id: &str, handler: fn()| {
        if let Some(button) = by_id::<Element>(id) {
            on(&button, "click", move |_| handler());
        }
    };
    button("voice-start", || {
        if STATE.with(Cell::get) == State::Ready {
            set_state(State::Starting);
            wasm_bindgen_futures::spawn_local(record(GENERATION.with(Cell::get)));
        }
    });
    button("voice-stop", stop_recording);
    button("voice-delete", || {
        forget();
        error(false);
        set_state(State::Ready);
        focus("voice-start");
    });
    if let Some(controls) = super::dom::first(None, ".voice") {
        controls.set_hidden(false);
    }
    set_state(State::Ready);
}

fn set_state(state: State) {
    STATE.with(|s| s.set(state));
    let show = |id: &str, shown: bool| {
        if let Some(element) = by_id::<HtmlElement>(id) {
            element.set_hidden(!shown);
        }
    };
    show("voice-start", state == State::Ready);
    show("voice-stop", state == State::Recording);
    show("voice-recorded", state == State::Recorded);
    let recording = TEXTS.with(|t| t.borrow().0.clone());
    if let Some(status) = by_id::<Element>("voice-status") {
        status.set_text_content((state == State::Recording).then_some(recording.as_str()));
    }
    if let Some(audio) = by_id::<HtmlMediaElement>("voice-preview") {
        match PREVIEW.with(|p| p.borrow().clone()) {
            Some(url) => audio.set_src(&url),
            None => {
                let _ = audio.remove_attribute("src");
            }
        }
    }
}

/// Moves focus to a control that just appeared (the one pressed has just been hidden).
fn focus(id: &str) {
    if let Some(control) = by_id::<HtmlElement>(id) {
        let _ = control.focus();
    }
}

fn error(shown: bool) {
    let refused = TEXTS.with(|t| t.borrow().1.clone());
    if let Some(alert) = by_id::<Element>("voice-error") {
        alert.set_text_content(shown.then_some(refused.as_str()));
    }
}

/// The recording to seal, if there is one (its bytes are copied out of page memory).
pub fn take_for_sending() -> Option<(String, Zeroizing<Vec<u8>>)> {
    DONE.with(|d| d.borrow().clone())
}

/// Stops a recording in progress (when the child leaves the screen); it is kept as recorded.
pub fn stop_recording() {
    RECORDER.with(|r| {
        if let Some(r) = r.borrow().as_ref() {
            let _ = r.recorder.stop();
        }
    });
}

fn forget() {
    DONE.with(|d| d.borrow_mut().take());
    if let Some(url) = PREVIEW.with(|p| p.borrow_mut().take()) {
        let _ = web_sys::Url::revoke_object_url(&url);
    }
}

/// After a send: the recording is gone, and the next message starts without one.
pub fn reset() {
    GENERATION.with(|g| g.set(g.get().wrapping_add(1)));
    stop_recording();
    forget();
    error(false);
    if STATE.with(Cell::get) != State::Ready {
        set_state(State::Ready);
    }
}

fn current(generation: u32) -> bool {
    GENERATION.with(Cell::get) == generation
}

fn refused() {
    error(true);
    set_state(State::Ready);
}

async fn array_bytes(blob: &Blob) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

async fn record(generation: u32) {
    let Some(devices) = web_sys::window().and_then(|w| w.navigator().media_devices().ok()) else {
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
    if !current(generation) {
        // Sent while the browser was asking for the microphone: let it go at once.
        stop_tracks(&stream);
        return;
    }
    let Ok(recorder) = MediaRecorder::new_with_media_stream(&stream) else {
        return refused();
    };
    CHUNKS.with(|c| c.borrow_mut().clear());
    let on_data = Closure::<dyn Fn(BlobEvent)>::new(move |event: BlobEvent| {
        let Some(blob) = event.data() else {
            return;
        };
        PENDING.with(|p| p.set(p.get() + 1));
        wasm_bindgen_futures::spawn_local(async move {
            let bytes = array_bytes(&blob).await.unwrap_or_default();
            let full = CHUNKS.with(|c| {
                let mut c = c.borrow_mut();
                c.extend_from_slice(&bytes);
                c.len() >= MAX_VOICE_BYTES
            });
            PENDING.with(|p| p.set(p.get() - 1));
            if full {
                stop_recording();
            }
        });
    });
    let on_stop = Closure::<dyn Fn()>::new(move || {
        RECORDER.with(|r| {
            if let Some(r) = r.borrow_mut().take() {
                // Let go of the microphone at once.
                stop_tracks(&r.stream);
                let mime = r.recorder.mime_type();
                // The last chunk arrives just before `stop`; read it on the next turn.
                wasm_bindgen_futures::spawn_local(finish(mime, generation));
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
    error(false);
    set_state(State::Recording);
    focus("voice-stop");
}

fn stop_tracks(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        track.unchecked_into::<web_sys::MediaStreamTrack>().stop();
    }
}

async fn finish(mime: String, generation: u32) {
    // The last `dataavailable` comes just before `stop`: wait until its bytes are in CHUNKS.
    for _ in 0..100 {
        if PENDING.with(Cell::get) == 0 {
            break;
        }
        crate::browser::let_the_page_paint().await;
    }
    let mut bytes = CHUNKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    if !current(generation) {
        // The message this was recorded for has been sent: the bytes are dropped (zeroed).
        return;
    }
    bytes.truncate(MAX_VOICE_BYTES);
    if bytes.is_empty() {
        return refused();
    }
    let array = js_sys::Uint8Array::from(&bytes[..]);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&mime);
    let url = Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .ok()
        .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob).ok());
    DONE.with(|d| *d.borrow_mut() = Some((mime, bytes)));
    PREVIEW.with(|p| *p.borrow_mut() = url);
    set_state(State::Recorded);
    focus("voice-preview");
}
