// Read-aloud for the consultation pages, which carry no bundle: the button (rendered hidden, with
// its translated label) shows only where this device has its own voice for the page's language,
// and reads every element marked `data-read`, each in the language it says it is in. Nothing
// leaves the device: only local voices are used (a network voice would send the words away).
// No words of its own.
(function () {
  'use strict';
  // A free-text question: load the module that seals the words here, before they leave.
  if (document.querySelector('form[data-seal-to]')) {
    var seal = document.createElement('script');
    seal.type = 'module';
    seal.src = '/consult/seal.js';
    document.head.appendChild(seal);
  }
})();
(function () {
  'use strict';
  var button = document.querySelector('button[data-read-aloud]');
  var synth = window.speechSynthesis;
  if (!button || !synth) return;
  var tagOf = function (voice) { return String(voice.lang || '').toLowerCase().replace('_', '-'); };
  var voiceFor = function (code) {
    code = String(code || '').toLowerCase();
    return synth.getVoices().filter(function (v) { return v.localService !== false; })
      .find(function (v) { var t = tagOf(v); return t === code || t.indexOf(code + '-') === 0; });
  };
  var page = document.documentElement.lang;
  var update = function () { button.hidden = !voiceFor(page); };
  update();
  synth.onvoiceschanged = update;
  button.addEventListener('click', function () {
    synth.cancel();
    document.querySelectorAll('[data-read]').forEach(function (el) {
      var text = (el.textContent || '').trim();
      if (!text) return;
      // A consultation's own text says its language (a fallback's may differ from the page's).
      var lang = (el.querySelector('[lang]') || el.closest('[lang]') || document.documentElement)
        .getAttribute('lang');
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      var voice = voiceFor(lang) || voiceFor(page);
      if (voice) utterance.voice = voice;
      synth.speak(utterance);
    });
  });
})();
