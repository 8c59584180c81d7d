// Faultline's wasm core in the browser: render → one SVG string → inserted into the DOM. Exposes window.bench.
const host = document.getElementById('host');
const bench = { ready: false, error: null };
window.bench = bench;

try {
  const mod = await import('/faultline/faultline.js');
  await mod.default({ module_or_path: '/faultline/faultline_bg.wasm' });
  bench.render_ = mod.render;
  bench.mod = mod;
  bench.version = typeof mod.version === 'function' ? mod.version() : '?';
  bench.ready = true;
} catch (e) {
  bench.error = 'loading the wasm core failed: ' + (e && e.message ? e.message : String(e));
}

function bytesOf(b64) {
  const s = atob(b64);
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}
function setBackground(c) { document.documentElement.style.backgroundColor = c; document.body.style.backgroundColor = c; }
function clear() { host.innerHTML = ''; setBackground('#ffffff'); }
// Waits for every <image> to load or fail. Images that cannot load (external URLs: the bench is offline) are hidden,
// so they come out blank as in draw.io's page (Chromium paints a broken-image icon for some failed SVG images).
function waitImages(timeoutMs) {
  const byUrl = new Map();
  for (const im of host.querySelectorAll('image')) {
    const h = im.getAttribute('href') || im.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
    if (h) (byUrl.get(h) || byUrl.set(h, []).get(h)).push(im);
  }
  let failed = 0;
  return Promise.all([...byUrl].map(([u, els]) => new Promise((ok) => {
    const img = new Image();
    const t = setTimeout(ok, timeoutMs);
    img.onload = () => { clearTimeout(t); ok(); };
    img.onerror = () => { clearTimeout(t); failed += els.length; for (const e of els) e.style.visibility = 'hidden'; ok(); };
    img.src = u;
  }))).then(() => ({ urls: byUrl.size, failed }));
}
const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
const f = (x) => String(Math.round(x * 1000) / 1000);

// Stencil packs (draw.io's stencil library) the source needs, fetched from /stencils/ and added to the
// core once, as the panel does; outside every timing (the packs are counted separately).
async function addPacks(bytes, page) {
  if (typeof bench.mod.requiredPacks !== 'function') return [];
  let needed = [];
  try { needed = bench.mod.requiredPacks(bytes, { page: page || 0 }); } catch { return []; }
  const failed = [];
  await Promise.all(needed.map(async (n) => {
    try {
      const r = await fetch(`/stencils/${n}.pack`);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      bench.mod.addPack(n, new Uint8Array(await r.arrayBuffer()));
    } catch (e) { failed.push(`${n}: ${e.message}`); }
  }));
  return failed;
}
bench.addPacks = (text, page) => addPacks(new TextEncoder().encode(text), page);

// Fidelity: render `page` and draw it into exactly `box` (model coordinates, from draw.io's reference page),
// so that framing is identical. background: the page colour draw.io's export would use (or null).
bench.render = async (b64, page, border, box, background) => {
  clear();
  await addPacks(bytesOf(b64), page);
  const out = bench.render_(bytesOf(b64), { page: page || 0, border });
  host.innerHTML = out.svg;
  const svg = host.querySelector('svg');
  if (!svg) throw new Error('render returned no <svg> root');
  const own = { viewBox: svg.getAttribute('viewBox'), width: +svg.getAttribute('width'), height: +svg.getAttribute('height') };
  if (box) {
    svg.setAttribute('viewBox', `${f(box.x)} ${f(box.y)} ${f(box.width)} ${f(box.height)}`);
    svg.setAttribute('width', f(box.width));
    svg.setAttribute('height', f(box.height));
    svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    // The page background is framing too: stretch Faultline's own background rect over the shared box.
    for (const r of svg.querySelectorAll(':scope > rect.fl-background')) {
      r.setAttribute('x', f(box.x)); r.setAttribute('y', f(box.y));
      r.setAttribute('width', f(box.width)); r.setAttribute('height', f(box.height));
    }
  }
  if (background && background !== 'none') setBackground(background);
  const images = await waitImages(3000);
  await document.fonts.ready;
  await frame();
  return {
    own, images,
    pages: out.pages.length, page: out.page, cellCount: out.cellCount,
    placeholders: out.placeholders, warnings: out.warnings, svgBytes: out.svg.length,
  };
};

// Speed: source text → SVG drawn in the DOM (encode + wasm render + insertion + forced layout).
bench.time = (text, page, warm, n) => {
  const times = [];
  const renderOnly = [];
  for (let i = 0; i < warm + n; i++) {
    clear();
    const t0 = performance.now();
    const out = bench.render_(new TextEncoder().encode(text), { page: page || 0 });
    const tr = performance.now();
    host.innerHTML = out.svg;
    const svg = host.firstElementChild;
    if (!svg) throw new Error('render returned no <svg> root');
    svg.getBBox();
    host.getBoundingClientRect();
    const t1 = performance.now();
    if (i >= warm) { times.push(t1 - t0); renderOnly.push(tr - t0); }
  }
  const count = host.querySelectorAll('svg *').length;
  clear();
  return { times, renderOnly, svgElements: count };
};
bench.clear = clear;
