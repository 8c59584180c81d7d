import type { FitMode } from '../types';

export interface View {
  scale: number;
  tx: number;
  ty: number;
}

export const MIN_SCALE = 0.02;
export const MAX_SCALE = 40;

export function clampScale(s: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));
}

/** The view a diagram starts with: fitted to the panel, times the initial zoom, centred when it fits. */
export function fitView(contentW: number, contentH: number, width: number, height: number, fit: FitMode, zoom: number): View {
  let s = 1;
  if (contentW > 0 && contentH > 0 && width > 0 && height > 0) {
    const sx = width / contentW;
    const sy = height / contentH;
    s = fit === 'width' ? sx : fit === 'height' ? sy : fit === 'both' ? Math.min(sx, sy) : 1;
  }
  s = clampScale(s * (Number.isFinite(zoom) && zoom > 0 ? zoom : 1));
  const w = contentW * s;
  const h = contentH * s;
  // Centre what fits; start at the top-left edge of what overflows, so the user pans from there.
  return { scale: s, tx: w <= width ? (width - w) / 2 : 0, ty: h <= height ? (height - h) / 2 : 0 };
}

/** Zoom by `factor` keeping the point (cx, cy) of the panel fixed. */
export function zoomAt(view: View, factor: number, cx: number, cy: number): View {
  const scale = clampScale(view.scale * factor);
  const k = scale / view.scale;
  return { scale, tx: cx - (cx - view.tx) * k, ty: cy - (cy - view.ty) * k };
}

export function transformOf(view: View): string {
  const r = (v: number) => Math.round(v * 100) / 100;
  return `translate(${r(view.tx)}px, ${r(view.ty)}px) scale(${Math.round(view.scale * 10000) / 10000})`;
}
