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
/// links replace the history entry, so no step of a visit is left in the browser's history, and
/// runs a kiosk's idle warning and wipe (`super::kiosk`). On a kiosk only, it registers the
/// kiosk's outbox (a service worker that keeps sealed sends through an outage) and asks it to
/// send what it keeps every 15 seconds and when the browser is back online.
pub const QUICK_EXIT_SCRIPT: &str = r#"(function () {
  var gone = false, presses = [];
  function kiosk() { return document.getElementById("kiosk"); }
  function leave(ev) {
    if (ev) { ev.preventDefault(); }
    if (gone) { return; }
    gone = true;
    var k = kiosk(), to = k ? k.getAttribute("data-exit") : "/exit";
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    if (document.body) { document.body.replaceChildren(); }
    try { sessionStorage.clear(); localStorage.clear(); } catch (e) {}
    location.replace(to);
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
  document.addEventListener("DOMContentLoaded", function () {
    var k = kiosk();
    if (!k) { return; }
    var sw = navigator.serviceWorker, home = k.getAttribute("data-home");
    if (sw && home) {
      sw.register(home + "/sw.js", { scope: home }).catch(function () {});
      var flush = function () { if (sw.controller) { sw.controller.postMessage("flush"); } };
      sw.ready.then(flush);
      setInterval(flush, 15000);
      window.addEventListener("online", flush);
    }
    var idle = Number(k.getAttribute("data-idle")) * 1000;
    var warning = Number(k.getAttribute("data-warning"));
    var dialog = document.getElementById("kiosk-warning");
    var seconds = document.getElementById("kiosk-seconds");
    var stay = document.getElementById("kiosk-stay");
    var idleTimer = 0, tick = 0, left = 0, before = null;
    function setInert(on) {
      ["main", "site-header"].forEach(function (id) {
        var el = document.getElementById(id) || document.querySelector("." + id);
        if (el) { el.inert = on; }
      });
    }
    function warn() {
      left = warning;
      seconds.textContent = String(left);
      before = document.activeElement;
      dialog.hidden = false;
      setInert(true);
      stay.focus();
      tick = setInterval(function () {
        left -= 1;
        seconds.textContent = String(left);
        if (0 >= left) { clearInterval(tick); leave(null); }
      }, 1000);
    }
    function active() {
      if (!dialog.hidden) { return; }
      clearTimeout(idleTimer);
      idleTimer = setTimeout(warn, idle);
    }
    stay.addEventListener("click", function () {
      clearInterval(tick);
      dialog.hidden = true;
      setInert(false);
      if (before && before.focus) { before.focus(); }
      active();
    });
    ["pointerdown", "keydown", "input", "touchstart", "wheel"].forEach(function (name) {
      document.addEventListener(name, active, true);
    });
    active();
  });
})();"#;

/// The button (a link, so it works without JavaScript). On a kiosk it leads to the kiosk's wipe.
#[component]
pub fn QuickExit(lang: Lang, exit: Option<String>) -> impl IntoView {
    let href = exit.unwrap_or_else(|| QUICK_EXIT_PATH.to_owned());
    view! {
        <a class="quick-exit" href=href data-quick-exit="" rel="external nofollow">
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
        assert!(QUICK_EXIT_SCRIPT.contains(&format!("\"{QUICK_EXIT_PATH}\"")));
        assert!(QUICK_EXIT_SCRIPT.contains("location.replace(to)"));
    }
}
