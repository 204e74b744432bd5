// Checks run inside the page (each function is self-contained: Playwright sends its source).

/**
 * Visible text that did not come through Fluent on a pseudo-locale page: any ASCII letter left
 * in a text node or in an accessible attribute. Text marked with another language (`lang`: the
 * picker's names, a facility's or a contact's own name, what a child wrote) is not ours to
 * translate and is skipped.
 */
export function untranslated() {
  const problems = [];
  const foreign = (el) => {
    const tagged = el.closest('[lang]');
    return tagged && tagged.getAttribute('lang') !== 'en-XA';
  };
  const skip = (el) => !el.checkVisibility() || el.closest('script, style, textarea, [hidden]') || foreign(el);
  const latin = (text) => /[A-Za-z]/.test(text.replace(/[\u2068\u2069]/g, ''));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    const text = walker.currentNode.textContent.trim();
    if (el && text && !skip(el) && latin(text)) {
      problems.push(`untranslated "${text}" in <${el.tagName.toLowerCase()}>`);
    }
  }
  for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
    if (skip(el)) continue;
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = el.getAttribute(name);
      if (value && latin(value)) problems.push(`untranslated ${name}="${value}"`);
    }
  }
  return problems;
}

/**
 * Boxes too small for their text: an element that clips (overflow hidden or clip) with more
 * content than room, a control whose text runs out of it, or a page that scrolls sideways.
 */
export function layoutProblems() {
  const problems = [];
  const describe = (el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}>`;
  for (const el of document.body.querySelectorAll('*')) {
    if (!el.checkVisibility() || el.closest('.visually-hidden, svg')) continue;
    const style = getComputedStyle(el);
    const clipsX = ['hidden', 'clip'].includes(style.overflowX);
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    if (clipsX && el.scrollWidth > el.clientWidth + 1) problems.push(`clipped sideways: ${describe(el)}`);
    if (clipsY && el.scrollHeight > el.clientHeight + 1) problems.push(`clipped: ${describe(el)}`);
    if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`cut off with an ellipsis: ${describe(el)}`);
    }
    if (el.matches('button, a, summary, label, input, select') && el.scrollWidth > el.clientWidth + 1
      && el.clientWidth > 0) {
      problems.push(`text runs out of ${describe(el)}: "${el.textContent.trim().slice(0, 40)}"`);
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1) {
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 3).map(describe).join(', ');
    problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px on ${window.innerWidth}px): ${wide}`);
  }
  return problems;
}

/** The pseudo-locale's accents (app/src/i18n/pseudo.rs), for finding a pseudo-translated text. */
export function pseudo(text) {
  const lower = 'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž';
  const upper = 'ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
  return [...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code >= 97 && code <= 122) return [...lower][code - 97];
    if (code >= 65 && code <= 90) return [...upper][code - 65];
    return c;
  }).join('');
}
