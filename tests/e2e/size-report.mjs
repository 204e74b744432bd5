// Size report: what a child's phone downloads for the intake page (every screen of the guided
// flows is this one page) and for the page of coming back, each with its own bundle, raw, gzip
// and brotli.
// Run with `cargo xtask size` (it builds the site first). It prints figures, and it fails (so the
// test run fails) when a page would cost a phone more than its budget in WIRE_BUDGETS_KIB on the
// wire: the HTML as the server sends it to a browser that accepts brotli (the child site's pages
// carry their stylesheet inside), and the script and bundle as brotli, the way the server sends
// them (a page that links a stylesheet has it counted too). The budgets are a ratchet: lowered
// as the pages shrink, and raised only by a commit that says what the bytes bought.
import http from 'node:http';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { startHeard } from './harness.mjs';

/**
 * Every page's budget, in one place: its HTML as sent, plus its CSS, JS and WASM as brotli. The
 * intake page is measured in English and in Arabic (its words take more bytes); its goal is
 * 150 KB (146.5 KiB) until the child can send.
 */
const WIRE_BUDGETS_KIB = { '/': 142, '/?lang=ar': 142, '/back': 255 };

/** The bytes of `url`'s body as they travel to a browser that accepts brotli and gzip. */
const sentBytes = (url) => new Promise((resolve, reject) => {
  http.get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
    let n = 0;
    res.on('data', (chunk) => { n += chunk.length; });
    res.on('end', () => resolve(n));
  }).on('error', reject);
});

const heard = await startHeard();
try {
  const get = async (path) => Buffer.from(await (await fetch(new URL(path, heard.childUrl))).arrayBuffer());
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const row = (name, bytes) => {
    const gz = gzipSync(bytes, { level: 9 }).length;
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { name, raw: bytes.length, gzip: gz, brotli: br };
  };
  const total = (rows) => rows.reduce(
    (a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  // Each page with its own stylesheet, script and bundle, as its HTML links them: the intake
  // page (every screen of the guided flows) and the page of coming back have separate bundles.
  const failures = [];
  for (const [path, budget] of Object.entries(WIRE_BUDGETS_KIB)) {
    const html = await get(path);
    const text = html.toString('utf8');
    const href = (re) => text.match(re)?.[1];
    const css = href(/<link rel="stylesheet" href="([^"]+)"/);
    const js = href(/<link rel="modulepreload" href="([^"]+)"/);
    const wasm = href(/<link rel="preload" href="([^"]+\.wasm)"/);
    const inlineCss = /<style nonce="[^"]+">/.test(text);
    if ((!css && !inlineCss) || !js || !wasm) throw new Error(`could not find ${path}'s assets in:\n${text.slice(0, 2000)}`);
    const rows = [
      row(`HTML ${path}${inlineCss ? ' (its stylesheet inside)' : ''}`, html),
      ...(css ? [row(`CSS ${css}`, await get(css))] : []),
      row(`JS ${js}`, await get(js)),
      row(`WASM ${wasm}`, await get(wasm)),
    ];
    console.log(`size report: ${path} as a child's phone downloads it`);
    console.log(['part', 'raw', 'gzip', 'brotli'].join('\t'));
    for (const r of [...rows, { name: 'total', ...total(rows) }]) {
      console.log([r.name, kib(r.raw), kib(r.gzip), kib(r.brotli)].join('\t'));
    }
    const wire = await sentBytes(new URL(path, heard.childUrl)) + total(rows.slice(1)).brotli;
    console.log(`${path} on the wire (HTML as sent, the rest brotli): ${kib(wire)}, budget ${budget} KiB\n`);
    if (wire > budget * 1024) failures.push(`${path} costs ${kib(wire)} on the wire, over its budget of ${budget} KiB`);
  }
  if (failures.length > 0) throw new Error(failures.join('\n'));
} finally {
  await heard.stop();
}
