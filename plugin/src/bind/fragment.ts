// Core-made SVG fragments (tooltips) → a sanitized <svg> element, by the same sanitizer as the diagram.
import { parseSvg } from '../view/sanitize';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function parseSvgFragment(text: string, doc: Document): SVGSVGElement | undefined {
  const t = text.trim();
  if (!t) {
    return undefined;
  }
  try {
    if (/^<svg[\s>]/.test(t)) {
      const open = t.slice(0, t.indexOf('>') + 1);
      return parseSvg(open.includes('xmlns=') ? t : `<svg xmlns="${SVG_NS}"` + t.slice(4), doc);
    }
    return parseSvg(`<svg xmlns="${SVG_NS}">${t}</svg>`, doc);
  } catch {
    return undefined;
  }
}
