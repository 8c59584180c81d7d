// Last line before the DOM. The core already escapes every diagram string; this pass makes sure that,
// even if it did not, nothing in the SVG can run script, navigate to a script URL, restyle Grafana or
// pull in external documents.

const SVG_NS = 'http://www.w3.org/2000/svg';

// Elements that can run script, embed HTML or other documents, or style the whole page.
const DROP_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'handler',
  'listener',
  'html',
  'body',
  'form',
  'input',
  'textarea',
  'button',
]);

const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'data', 'from', 'to', 'values', 'by']);

/** Lower-cased, without the whitespace and control characters that browsers skip in a URL scheme. */
function normalizeUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();
}

const SAFE_DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|bmp|svg\+xml)[;,]/;

/** Whether a URL may stay: http(s), mailto, fragment, relative, or an inline raster/SVG image. */
export function isSafeUrl(value: string, forImage: boolean): boolean {
  const v = normalizeUrl(value);
  if (v === '' || v.startsWith('#')) {
    return true;
  }
  if (v.startsWith('data:')) {
    return forImage && SAFE_DATA_IMAGE.test(v);
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(v);
  if (!scheme) {
    return true; // relative
  }
  return scheme[1] === 'http' || scheme[1] === 'https' || (!forImage && scheme[1] === 'mailto');
}

// CSS that fetches or evaluates: url() to anything but a local fragment, expression(), @import, behaviours.
const UNSAFE_CSS = /url\s*\(\s*(?!['"]?\s*#)|expression\s*\(|@import|javascript:|-moz-binding|behavior\s*:/i;

function cleanElement(el: Element): void {
  for (const attr of Array.from(el.attributes)) {
    const name = attr.localName.toLowerCase();
    if (name.startsWith('on')) {
      el.removeAttributeNode(attr);
      continue;
    }
    if (name === 'style' && UNSAFE_CSS.test(attr.value)) {
      el.removeAttributeNode(attr);
      continue;
    }
    // localName covers xlink:href too.
    if (URL_ATTRS.has(name)) {
      const local = el.localName.toLowerCase();
      const forImage = local === 'image' || local === 'feimage';
      // <use> may only point inside this document: an external reference loads another document.
      const ok = local === 'use' ? normalizeUrl(attr.value).startsWith('#') : isSafeUrl(attr.value, forImage);
      if (!ok || /javascript:|vbscript:|data:text\/html/.test(normalizeUrl(attr.value))) {
        el.removeAttributeNode(attr);
      }
    }
  }
  if (el.localName.toLowerCase() === 'a') {
    // Links from a diagram open outside Grafana and get no handle on it.
    el.setAttribute('rel', 'noopener noreferrer');
    const target = el.getAttribute('target');
    if (target !== null && target !== '_blank' && target !== '_self') {
      el.setAttribute('target', '_blank');
    }
  }
}

/** Removes everything unsafe from a parsed SVG tree, in place. */
export function sanitizeTree(root: Element): void {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    for (const child of Array.from(el.children)) {
      const local = child.localName.toLowerCase();
      const foreign = child.namespaceURI !== SVG_NS;
      if (DROP_ELEMENTS.has(local) || foreign) {
        child.remove();
        continue;
      }
      if (ANIMATIONS.has(local)) {
        // Animations can set href or event attributes on their target.
        const target = (child.getAttribute('attributeName') || '').toLowerCase();
        if (target.includes('href') || target.startsWith('on') || target === 'style' || target === '') {
          child.remove();
          continue;
        }
      }
      stack.push(child);
    }
    cleanElement(el);
  }
}

// The whole grammar of the core's label and image-colour fragments (src/render/label.rs checks its
// output against it: `assert_safe`): these SVG elements, these attributes, double-quoted values.
const FRAGMENT_ELEMENT = '(?:g|text|tspan|rect|svg)';
const FRAGMENT_ATTR =
  '(?:class|x|y|dy|width|height|viewBox|overflow|fill|stroke|stroke-width|opacity|transform|font-family|font-size|font-weight|font-style|text-decoration|text-anchor|xml:space)';
const FRAGMENT_TAG = new RegExp(`^<(?:/${FRAGMENT_ELEMENT}\\s*|${FRAGMENT_ELEMENT}(?:\\s+${FRAGMENT_ATTR}="[^"<>]*")*\\s*/?)>$`);

/**
 * Whether every tag of `markup` is one of the core's fragment grammar. Such markup parses to SVG
 * elements with none of the attributes `sanitizeTree` removes or rewrites (no script, no URL, no
 * style, no event handler, no foreign namespace: `xmlns` is not in the list), so that pass would
 * leave it exactly as it is. Anything else (`<!`, `<?`, another element or attribute, a `>` inside
 * a value) answers false, and the caller sanitizes as usual. Character data needs no check: it
 * holds no `<`, and as text it is inert.
 */
export function isFragmentMarkup(markup: string): boolean {
  for (let i = markup.indexOf('<'); i >= 0; i = markup.indexOf('<', i + 1)) {
    const end = markup.indexOf('>', i);
    if (end < 0 || !FRAGMENT_TAG.test(markup.slice(i, end + 1))) {
      return false;
    }
  }
  return true;
}

/**
 * The <svg> element the HTML parser makes of `text` in an inert <template> (no script runs and
 * nothing loads there), not yet sanitized; undefined unless the text is one <svg> element. Only that
 * element is taken: anything the parser put beside it (HTML that broke out of it) is left behind.
 */
export function parseInert(text: string, doc: Document): Element | undefined {
  const t = doc.createElement('template');
  t.innerHTML = text;
  const root = t.content.firstElementChild;
  return root && root.namespaceURI === SVG_NS && root.localName === 'svg' && !root.nextElementSibling ? root : undefined;
}

/**
 * Parses the core's SVG string, sanitizes it and moves it into `doc`. Throws with a one-line reason.
 * The HTML parser (`parseInert`), then adopted: a third less time than the XML parser and a deep
 * import for a large drawing (BENCHMARKS.md), and the parse the fidelity benchmark checks.
 */
export function parseSvg(text: string, doc: Document): SVGSVGElement {
  const root = parseInert(text, doc);
  if (!root) {
    throw new Error('the diagram could not be displayed: the drawing is not an SVG document');
  }
  sanitizeTree(root);
  return doc.adoptNode(root) as unknown as SVGSVGElement;
}
