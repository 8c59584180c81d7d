// The extended drawing module's lazy chunk (build/pkg/faultline_view_ext*): view.ts plus mockups,
// the ported draw.io shape libraries and the sketch style, for the plain panels whose page the
// common module reports as needing it (core.ts).
import * as glue from 'faultline-view-ext';
import { instantiateCore } from './fetchCore';

export const instantiate = () => instantiateCore(new URL('../../../build/pkg/faultline_view_ext_bg.wasm', import.meta.url), glue);
