//! Small helpers for code that runs in a browser (both bundles).

/// Lets the browser paint (e.g. "Working…") and run queued tasks before a long computation such
/// as scrypt or Argon2id takes the thread.
pub async fn let_the_page_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
