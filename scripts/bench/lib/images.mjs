// PNG decoding, SSIM and the side-by-side/diff image for people to look at.
import pngjs from 'pngjs';
import ssimPkg from 'ssim.js';

const { PNG } = pngjs;
const { ssim } = ssimPkg;

/** SSIM settings used everywhere (printed with the results). */
export const SSIM_OPTIONS = { ssim: 'weber', windowSize: 11, k1: 0.01, k2: 0.03, bitDepth: 8, downsample: false, rgb2grayVersion: 'integer' };
export const SSIM_DESCRIPTION =
  'mean SSIM (Wang et al. 2004: k1=0.01, k2=0.03, L=255) on 8-bit grayscale (Rec. 601 luma, integer), ' +
  '11x11 uniform sliding window, full 1x resolution (no downsampling); ssim.js "weber" variant';

export function readPng(buf) {
  const p = PNG.sync.read(buf);
  return { width: p.width, height: p.height, data: p.data };
}

export function compare(a, b) {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`image sizes differ: ${a.width}x${a.height} vs ${b.width}x${b.height}`);
  // ssim.js needs at least one full window.
  if (a.width < SSIM_OPTIONS.windowSize || a.height < SSIM_OPTIONS.windowSize) return sameness(a, b);
  return ssim(a, b, SSIM_OPTIONS).mssim;
}
function sameness(a, b) {
  let same = 0;
  for (let i = 0; i < a.data.length; i += 4) if (gray(a.data, i) === gray(b.data, i)) same++;
  return same / (a.data.length / 4);
}

const gray = (d, i) => (77 * d[i] + 150 * d[i + 1] + 29 * d[i + 2] + 128) >> 8;

/**
 * Fractions of pixels whose luma differs by more than `tol`: `missing` where draw.io is darker (ink Faultline lacks,
 * red in the composite), `extra` where Faultline is darker (blue).
 */
export function diffFraction(a, b, tol = 24) {
  let missing = 0, extra = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = gray(a.data, i) - gray(b.data, i);
    if (d < -tol) missing++;
    else if (d > tol) extra++;
  }
  const n = a.data.length / 4;
  return { missing: missing / n, extra: extra / n };
}

/**
 * draw.io | Faultline | diff, side by side or stacked. Diff: faded draw.io picture, red where only
 * draw.io has ink (draw.io darker by more than `tol` in luma), blue where only Faultline has ink.
 */
export function compositePng(a, b, tol = 24) {
  const { width: w, height: h } = a;
  const gap = 8;
  // side by side or stacked, whichever comes out closer to a 16:10 screen
  const horizontal = Math.abs(Math.log((3 * w) / h / 1.6)) <= Math.abs(Math.log(w / (3 * h) / 1.6));
  const W = horizontal ? 3 * w + 2 * gap : w;
  const H = horizontal ? h : 3 * h + 2 * gap;
  const out = new PNG({ width: W, height: H });
  out.data.fill(0);
  for (let i = 0; i < out.data.length; i += 4) { out.data[i] = out.data[i + 1] = out.data[i + 2] = 160; out.data[i + 3] = 255; }
  const put = (img, ox, oy) => {
    for (let y = 0; y < h; y++) img.data.copy(out.data, ((oy + y) * W + ox) * 4, y * w * 4, (y + 1) * w * 4);
  };
  put(a, 0, 0);
  put(b, horizontal ? w + gap : 0, horizontal ? 0 : h + gap);
  const ox = horizontal ? 2 * (w + gap) : 0;
  const oy = horizontal ? 0 : 2 * (h + gap);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      const g1 = gray(a.data, i), g2 = gray(b.data, i);
      const o = ((oy + y) * W + ox + x) * 4;
      let r, g, bl;
      if (Math.abs(g1 - g2) <= tol) { r = g = bl = 255 - ((255 - g1) >> 2); }
      else if (g1 < g2) { r = 220; g = 30; bl = 30; }
      else { r = 30; g = 90; bl = 235; }
      out.data[o] = r; out.data[o + 1] = g; out.data[o + 2] = bl; out.data[o + 3] = 255;
    }
  }
  return PNG.sync.write(out);
}
