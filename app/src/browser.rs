//! Small helpers for code that runs in a browser (both bundles).

/// Lets the browser paint (e.g. "Working…") and run queued tasks before a long computation such
/// as scrypt or Argon2id takes the thread.
pub async fn let_the_page_paint() {
    after_ms(30).await;
}

/// Gives the page its turn (a paint, a key press) and comes back as soon as it can: between two
/// batches of a long piece of work.
pub async fn yield_to_the_page() {
    after_ms(0).await;
}

async fn after_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
