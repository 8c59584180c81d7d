// The bindings workload's page, shared by bindings.mjs and bind-floor.mjs: the playground panel with
// the workload's diagram drawn and the page's frame maker installed (window.__benchFrames), no bindings yet.
import { openPanel, waitSettled } from '../../../tests/helpers/browser.mjs';
import { diagram, pageFrames } from './bind-workload.mjs';

export async function drawWorkload(page, base) {
  await openPanel(page, base, 'file=&bindings=0&refresh=off&incidents=0&width=1000&height=700');
  // The series, built in the page (as a data source response would arrive), then handed to the panel.
  await page.evaluate(`window.__benchFrames = (${pageFrames})()`);
  await page.evaluate((text) => window.__playground.replaceOptions({ ...window.__playground.options, source: { kind: 'text', text }, bindings: undefined }), diagram());
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=faultline-canvas] [data-cell-id]').length >= 1500, null, { timeout: 120000 });
  await waitSettled(page);
}
