// A consultation's free-text question: seals the child's words in this browser with the child
// bundle's `seal_written` (age, to the consultation's readers named on the form) and sends only
// the ciphertext. Loaded by read-aloud.js on such a page. If the bundle cannot load or the send
// fails, the form is posted as it would be without JavaScript, and the server seals the words in
// memory; nothing is ever stored unsealed. No words of its own. The server writes this build's
// hashed bundle names over `/pkg/heard.js` and `/pkg/heard_bg.wasm` when it serves this file.
import init, { prepare_seal, seal_written } from '/pkg/heard.js';

const form = document.querySelector('form[data-seal-to]');
// The seal's key pairs are made while the child writes: Send then only agrees and seals.
const ready = init({ module_or_path: '/pkg/heard_bg.wasm' })
  .then(() => { prepare_seal(); return true; }, () => false);
let byServer = false;

form.addEventListener('submit', async (event) => {
  const button = event.submitter;
  const words = form.querySelector('textarea');
  if (byServer || !button || button.value !== 'next' || !words || !words.value.trim()) return;
  event.preventDefault();
  button.disabled = true;
  try {
    if (await ready) {
      const d = form.dataset;
      const sealed = await seal_written(words.value, document.documentElement.lang, d.sealPlace, d.sealReaders);
      const response = await fetch(`${d.sealTo}/${sealed.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream', 'x-recipient-set': d.sealSet },
        body: sealed.bytes,
      });
      if (response.ok) {
        words.value = '';
        location.assign((await response.json()).next);
        return;
      }
    }
  } catch (_) {
    // Fall through to the form.
  }
  byServer = true;
  button.disabled = false;
  form.requestSubmit(button);
});
