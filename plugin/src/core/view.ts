// The common drawing module's lazy chunk (build/pkg/faultline_view*: no bindings, no analysis, and
// none of the drawing code only rare pages need). A plain panel draws with it (core.ts) unless its
// page needs the extended drawing module (viewExt.ts).
import * as glue from 'faultline-view';
import { instantiateCore } from './fetchCore';

export const instantiate = () => instantiateCore(new URL('../../../build/pkg/faultline_view_bg.wasm', import.meta.url), glue);
