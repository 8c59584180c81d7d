// Worker thread: decode both screenshots, SSIM (and the blank-page baseline), optional composite image.
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { readPng, compare, compositePng, diffFraction } from './images.mjs';

parentPort.on('message', ({ id, ref, fl, composite, blank: knownBlank }) => {
  try {
    const a = readPng(Buffer.from(ref));
    const out = {};
    if (knownBlank != null) out.blank = knownBlank;
    else {
      // the floor: a page of the background colour (top-left pixel, inside the border) with nothing drawn
      const blank = { width: a.width, height: a.height, data: Buffer.alloc(a.data.length) };
      for (let i = 0; i < blank.data.length; i += 4) { blank.data[i] = a.data[0]; blank.data[i + 1] = a.data[1]; blank.data[i + 2] = a.data[2]; blank.data[i + 3] = 255; }
      out.blank = compare(a, blank);
    }
    if (fl) {
      const b = readPng(Buffer.from(fl));
      out.ssim = compare(a, b);
      out.diffPixels = diffFraction(a, b);
      if (composite) fs.writeFileSync(composite, compositePng(a, b));
    }
    parentPort.postMessage({ id, out });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e && e.message || e) });
  }
});
