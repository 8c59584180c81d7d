// Drawing through the bindings API when the core has it (a Diagram the bindings then patch), else
// through render() as before. Either way the SVG goes through the sanitizer.
import type { Core, CoreRenderOutput } from '../core/core';
import type { CoreRenderOptions } from '../core/wasm';
import { parseSvg } from '../view/sanitize';
import type { BindSession } from './session';

export interface Drawn {
  out: CoreRenderOutput;
  svg: SVGSVGElement;
  /** Present when the core can bind this drawing to data. */
  session?: BindSession;
}

export function drawDiagram(core: Core, bytes: Uint8Array, options: CoreRenderOptions): Drawn {
  const bind = core.bind;
  if (!core.Diagram || !bind) {
    const out = core.render(bytes, options);
    return { out, svg: parseSvg(out.svg, document) };
  }
  const diagram = core.Diagram.load(bytes, options);
  try {
    const out = bind.renderOutputOf(diagram);
    const svg = parseSvg(out.svg, document);
    const session = new bind.BindSession(diagram);
    session.attach(svg);
    return { out, svg, session };
  } catch (e) {
    diagram.free();
    throw e;
  }
}
