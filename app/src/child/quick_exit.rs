//! Quick Exit, on every child screen: a button that is always visible, and Esc pressed three
//! times. It blanks the page at once, empties what the page stored, and replaces the page's
//! history entry with `/exit`, which ends the session, sends `Clear-Site-Data` and lands on a
//! neutral page, so Back does not return to Heard.
//!
//! The behaviour is a few lines of plain JavaScript inlined (with the CSP nonce) in the head of
//! the page, not part of the WASM bundle: it must work from the first paint, on a slow phone,
//! before the bundle has arrived, and even if it never does. Without JavaScript the button is
//! an ordinary link to `/exit`.

use crate::api::QUICK_EXIT_PATH;
use crate::i18n::Lang;
use leptos::prelude::*;

/// The inlined script. Fixed text: no `<`, nothing from a request. It also makes the language
/// links replace the history entry, so no step of a visit is left in the browser's history.
pub const QUICK_EXIT_SCRIPT: &str = r#"(function () {
  var gone = false, presses = [];
  function leave(ev) {
    if (ev) { ev.preventDefault(); }
    if (gone) { return; }
    gone = true;
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    if (document.body) { document.body.replaceChildren(); }
    try { sessionStorage.clear(); localStorage.clear(); } catch (e) {}
    location.replace("/exit");
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") { presses = []; return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return 3000 > now - t; });
    presses.push(now);
    if (presses.length >= 3) { leave(ev); }
  }, true);
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest ? ev.target.closest("a") : null;
    if (!link) { return; }
    if (link.hasAttribute("data-quick-exit")) { leave(ev); return; }
    if (link.hasAttribute("hreflang")) { ev.preventDefault(); location.replace(link.href); }
  }, true);
})();"#;

/// The button (a link, so it works without JavaScript).
#[component]
pub fn QuickExit(lang: Lang) -> impl IntoView {
    view! {
        <a class="quick-exit" href=QUICK_EXIT_PATH data-quick-exit="" rel="external nofollow">
            {lang.t("quick-exit")}
        </a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_cannot_close_its_element_and_goes_to_the_exit_path() {
        assert!(!QUICK_EXIT_SCRIPT.contains('<'));
        assert!(QUICK_EXIT_SCRIPT.contains(&format!("location.replace(\"{QUICK_EXIT_PATH}\")")));
    }
}
