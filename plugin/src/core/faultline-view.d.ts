// Types of the drawing-only glue (build/pkg/faultline_view.js): the drawing half of faultline-core.
export { render, requiredPacks, addPack, loadedPacks, version } from 'faultline-core';
export { default } from 'faultline-core';
