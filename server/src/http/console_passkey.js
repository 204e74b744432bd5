// Heard console: the browser's half of the passkey (WebAuthn) ceremonies. Written by hand and
// kept small because the pages that need it are server-rendered forms without the console
// bundle, and WebAuthn has no form-only path. It carries no words of its own: every message comes
// from the page (data-* attributes, translated on the server) or from the server's JSON answer.
//
//   <button data-passkey-login>            in the sign-in form: password, then a passkey
//   <button data-passkey-confirm>          confirms a passkey for the next sensitive action,
//                                          then submits its form (or clicks data-then-click)
//   <form data-passkey-register>           adds a passkey (label, step-up code)
//
// Each element names its status line (data-status) and carries data-working, data-failed,
// data-unsupported and (confirm) data-done. The CSRF token comes from data-csrf or the form.
'use strict';

(() => {
  // WebAuthn never works on a bare IP address (the console names itself `localhost` there).
  const onIpAddress = () => /^[\d.]+$|^\[/.test(window.location.hostname);
  const supported = () =>
    !onIpAddress() &&
    typeof PublicKeyCredential === 'function' &&
    typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function' &&
    typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function';

  const say = (el, text) => {
    const status = document.getElementById(el.dataset.status);
    if (status) status.textContent = text || '';
  };

  const csrfOf = (el) => el.dataset.csrf || el.form?.elements.csrf?.value || el.elements?.csrf?.value || '';

  // POSTs JSON; resolves to the parsed answer, or throws the server's translated message.
  async function post(path, body, csrf) {
    const headers = { 'content-type': 'application/json' };
    if (csrf) headers['x-csrf-token'] = csrf;
    const response = await fetch(path, {
      method: 'POST', headers, body: JSON.stringify(body ?? {}), credentials: 'same-origin',
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(answer.message || '');
    return answer;
  }

  async function assert(startPath, answerPath, body, csrf) {
    const challenge = await post(startPath, body, csrf);
    const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(challenge.publicKey);
    const credential = await navigator.credentials.get({ publicKey });
    return post(answerPath, credential.toJSON(), csrf);
  }

  async function run(el, ceremony) {
    if (!supported()) return say(el, el.dataset.unsupported);
    say(el, el.dataset.working);
    el.setAttribute('aria-busy', 'true');
    try {
      await ceremony();
    } catch (e) {
      // A cancelled or timed-out prompt is a DOMException: the page's own words, not the browser's.
      say(el, (e instanceof DOMException ? '' : e.message) || el.dataset.failed);
    } finally {
      el.removeAttribute('aria-busy');
    }
  }

  async function login(button) {
    const form = button.form;
    const body = { handle: form.elements.handle.value, password: form.elements.password.value };
    const done = await assert('/console/login/passkey', '/console/login/passkey/answer', body);
    window.location.assign(done.next);
  }

  async function confirm(button) {
    await assert('/console/passkeys/confirm', '/console/passkeys/confirm/answer', {}, csrfOf(button));
    say(button, button.dataset.done);
    const then = button.dataset.thenClick && document.getElementById(button.dataset.thenClick);
    if (then) then.click();
    else if (button.form) button.form.requestSubmit();
  }

  async function register(form) {
    const csrf = csrfOf(form);
    const body = { label: form.elements.label.value, code: form.elements.code.value };
    const challenge = await post('/console/passkeys/register', body, csrf);
    const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(challenge.publicKey);
    const credential = await navigator.credentials.create({ publicKey });
    await post('/console/passkeys/register/answer', credential.toJSON(), csrf);
    window.location.assign('/console/passkeys?added=1');
  }

  // Where passkeys cannot work, their buttons are not offered (the forms work with a code).
  if (!supported()) {
    for (const el of document.querySelectorAll('button[data-passkey-login], button[data-passkey-confirm]')) {
      el.hidden = true;
    }
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-passkey-login], button[data-passkey-confirm]');
    if (!button) return;
    event.preventDefault();
    run(button, () => ('passkeyLogin' in button.dataset ? login(button) : confirm(button)));
  });

  document.addEventListener('submit', (event) => {
    const form = event.target.closest('form[data-passkey-register]');
    if (!form) return;
    event.preventDefault();
    run(form, () => register(form));
  });
})();
