// Grafana frames → the core's input: one descriptor (JSON) + two flat Float64Arrays. One walk over
// data.series lays out the fields and the copies; the copies then go straight into buffers the core
// hands out (zero-copy, when it can) or into buffers reused across refreshes. No per-value call
// crosses into wasm.
//
// Two shortcuts keep a refresh cheap when only the numbers changed (the usual dashboard refresh):
// each field is compared, straight from the frame, with the last descriptor's field at its place and
// the descriptor is sent as "" (unchanged) without anything being built or allocated for it; and
// only the fields the core reads (its matched series, `needed`) are copied. Every frame is still
// looked at: any change of structure, name, label, unit or length sends the descriptor whole.
import { FieldType, getFieldDisplayName, type DataFrame, type Field, type Labels } from '@grafana/data';

/** Where a descriptor field came from, so the panel can ask Grafana for its data links. */
export interface FieldRef {
  frame: number;
  field: number;
}

export interface Buffers {
  values: Float64Array;
  times: Float64Array;
}

/** Gives the buffers to fill, sized exactly (e.g. views into the core's memory). */
export type Allocate = (valuesLen: number, timesLen: number) => Buffers;

export interface Encoded extends Buffers {
  /** The descriptor, or "" when it equals the previous one (the core keeps its parsed layout). */
  desc: string;
  /** Descriptor field index → frame/field in data.series. */
  refs: FieldRef[];
  fields: number;
  /** Values in the descriptor, and how many were copied (fewer when only the needed ones were). */
  points: number;
  copied: number;
}

/** One descriptor field: what identifies it, and where its numbers go. */
interface Entry {
  refId: string;
  frame: string;
  frameIndex: number;
  /** Index in frame.fields (not in the descriptor: for the refs, which must follow it). */
  fieldIndex: number;
  name: string;
  display: string;
  /** The labels as [key, value, …] in their order: a copy, so a labels object changed in place still counts. */
  labels: unknown[];
  unit?: string;
  decimals?: number;
  type: 'time' | 'number' | 'boolean' | 'string';
  offset: number;
  length: number;
  timeOffset: number;
  strings?: Array<string | null>;
}

const MAX_STRINGS = 100_000;

/** JSON string literal; plain names (the common case) skip JSON.stringify. */
function q(s: string): string {
  return /^[\w .:/{}=,-]*$/.test(s) ? `"${s}"` : JSON.stringify(s);
}

function labelList(l: Labels | undefined): unknown[] {
  const kv: unknown[] = [];
  for (const k in l) {
    kv.push(k, l[k]);
  }
  return kv;
}

/**
 * Same labels in the same order as the entry's. Another order counts as a change (the descriptor
 * is then sent again, harmless): data sources build their labels the same way on every query.
 */
function sameLabels(e: Entry, l: Labels | undefined): boolean {
  const kv = e.labels;
  let i = 0;
  for (const k in l) {
    if (kv[i] !== k || kv[i + 1] !== l[k]) {
      return false;
    }
    i += 2;
  }
  return i === kv.length;
}

/** The field's texts (textOf each value, at most MAX_STRINGS) equal the entry's. */
function sameTexts(e: Entry, field: Field, src: ArrayLike<unknown> | undefined, n: number): boolean {
  const strs = e.strings;
  const m = Math.min(n, MAX_STRINGS);
  if (!strs || strs.length !== m) {
    return false;
  }
  for (let i = 0; i < m; i++) {
    if (strs[i] !== textOf(field, src![i])) {
      return false;
    }
  }
  return true;
}

function entryJson(e: Entry): string {
  let s = `{"refId":${q(e.refId)},"frame":${q(e.frame)},"frameIndex":${e.frameIndex},"name":${q(e.name)}`;
  if (e.type === 'time') {
    return `${s},"type":"time","offset":${e.offset},"length":${e.length}}`;
  }
  s += `,"displayName":${q(e.display)}`;
  let l = '';
  for (let i = 0; i < e.labels.length; i += 2) {
    const v = e.labels[i + 1];
    if (v !== undefined && v !== null) {
      l += (l ? ',' : '') + q(e.labels[i] as string) + ':' + q(String(v));
    }
  }
  if (l) {
    s += `,"labels":{${l}}`;
  }
  if (e.unit) {
    s += `,"unit":${q(e.unit)}`;
  }
  if (e.decimals !== undefined) {
    s += `,"decimals":${e.decimals}`;
  }
  if (e.type === 'string') {
    return `${s},"type":"string","length":${e.length},"timeOffset":${e.timeOffset},"strings":${JSON.stringify(e.strings)}}`;
  }
  return `${s},"type":"${e.type}","offset":${e.offset},"length":${e.length},"timeOffset":${e.timeOffset}}`;
}

function textOf(field: Field, v: unknown): string | null {
  if (v === null || v === undefined) {
    return null;
  }
  if (field.type === FieldType.enum && typeof v === 'number') {
    const text = field.config?.type?.enum?.text;
    return text && v >= 0 && v < text.length ? String(text[v]) : String(v);
  }
  return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function copyNumbers(dst: Float64Array, src: ArrayLike<unknown>, at: number, n: number, time: boolean): void {
  if (ArrayBuffer.isView(src)) {
    dst.set(src.length === n ? (src as Float64Array) : (src as Float64Array).subarray(0, n), at);
    return;
  }
  const arr = src as unknown[];
  if (Array.isArray(arr) && !(time && typeof arr[0] === 'string')) {
    // Native bulk copy (ToNumber: booleans → 1/0, undefined → NaN), then nulls → NaN, the core's "no value".
    dst.set((arr.length === n ? arr : arr.slice(0, n)) as number[], at);
    for (let i = arr.indexOf(null); i !== -1 && i < n; i = arr.indexOf(null, i + 1)) {
      dst[at + i] = NaN;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const v = src[i];
    dst[at + i] = typeof v === 'number' ? v : v == null ? NaN : typeof v === 'string' && time ? Date.parse(v) : Number(v);
  }
}

export class FrameEncoder {
  private values: Float64Array = new Float64Array(0);
  private times: Float64Array = new Float64Array(0);
  /** The last descriptor's fields and refs (undefined: send the next one whole). */
  private last: Entry[] | undefined;
  private lastRefs: FieldRef[] = [];
  /** Descriptor fields the core reads; undefined = all of them. */
  private needed: Set<number> | undefined;
  /** This encode's time arrays (frames often share one) and their offsets; reused across encodes. */
  private timeAt = new Map<ArrayLike<unknown> | undefined, number>();

  /** Forget the last descriptor (the core did not take it, or a new Diagram has no layout yet). */
  reset(): void {
    this.last = undefined;
    this.needed = undefined;
  }

  /**
   * The fields the core reads (its matched series), learnt after a refresh. While the descriptor
   * stays the same only these are copied; undefined copies everything.
   */
  setNeeded(fields: Set<number> | undefined): void {
    this.needed = fields;
  }

  /** Buffers of this encoder, grown as needed and kept for the next refresh. */
  private own: Allocate = (nv, nt) => {
    if (this.values.length < nv) {
      this.values = new Float64Array(Math.max(nv, Math.ceil(this.values.length * 1.5)));
    }
    if (this.times.length < nt) {
      this.times = new Float64Array(Math.max(nt, Math.ceil(this.times.length * 1.5)));
    }
    return { values: this.values.subarray(0, nv), times: this.times.subarray(0, nt) };
  };

  /**
   * One walk over the frames. While every field so far equals the last descriptor's field at the
   * same place, nothing is allocated for it (the usual refresh: new numbers, same layout); from the
   * first difference on, entries are built and the descriptor is sent whole.
   */
  encode(series: DataFrame[] | undefined, allocate?: Allocate): Encoded {
    const frames = series ?? [];
    const last = this.last;
    // This refresh's entries and refs: undefined while they still equal the last ones (up to n).
    let entries: Entry[] | undefined;
    let refs: FieldRef[] | undefined;
    if (!last) {
      entries = [];
      refs = [];
    }
    let n = 0;
    // The first difference: the fields so far are the last ones, the rest are built.
    const diverge = (upTo: number) => {
      entries = last!.slice(0, upTo);
      refs = this.lastRefs.slice(0, upTo);
    };
    // Where each field's numbers come from (undefined for time and text fields).
    const srcs: Array<ArrayLike<unknown> | undefined> = [];
    let vo = 0;
    let to = 0;
    // Frames often share one time array (same query, same steps): copied and described once.
    const timeAt = this.timeAt;
    timeAt.clear();

    for (let fi = 0; fi < frames.length; fi++) {
      const frame = frames[fi];
      const fields = frame?.fields ?? [];
      const refId = frame.refId ?? '';
      const frameName = frame.name ?? '';
      // The frame's time: its first time field, described first (once per time array).
      let timeOffset = -1;
      let timeIdx = -1;
      for (let k = 0; k < fields.length; k++) {
        if (fields[k].type === FieldType.time) {
          timeIdx = k;
          break;
        }
      }
      for (let j = -1; j < fields.length; j++) {
        const k = j < 0 ? timeIdx : j;
        if (k < 0 || (j >= 0 && k === timeIdx)) {
          continue;
        }
        const field = fields[k];
        const src = field.values as ArrayLike<unknown> | undefined;
        const len = src?.length ?? 0;
        const name = field.name ?? '';
        let type: Entry['type'] = 'time';
        let display = '';
        let unit: string | undefined;
        let decimals: number | undefined;
        let labels: Labels | undefined;
        if (j < 0) {
          const shared = timeAt.get(src);
          if (shared !== undefined) {
            timeOffset = shared;
            continue;
          }
          timeAt.set(src, to);
          timeOffset = to;
        } else {
          const t = field.type;
          if (t === FieldType.number || t === FieldType.time) {
            type = 'number';
          } else if (t === FieldType.boolean) {
            type = 'boolean';
          } else if (t === FieldType.string || t === FieldType.enum) {
            type = 'string';
          } else {
            continue; // other / frame / geo / trace: nothing a binding reads
          }
          const cfg = field.config ?? {};
          // Grafana caches this in field.state (applyFieldOverrides has usually done it already).
          display = getFieldDisplayName(field, frame, frames);
          unit = cfg.unit || undefined;
          decimals = typeof cfg.decimals === 'number' ? cfg.decimals : undefined;
          labels = field.labels;
        }
        const time = type === 'time';
        const text = type === 'string';
        const offset = time ? to : text ? 0 : vo;
        const tOffset = time ? -1 : timeOffset;
        if (!entries) {
          const e = last![n];
          if (
            !(
              e &&
              e.type === type &&
              e.offset === offset &&
              e.timeOffset === tOffset &&
              e.frameIndex === fi &&
              e.fieldIndex === k &&
              e.name === name &&
              e.display === display &&
              e.refId === refId &&
              e.frame === frameName &&
              e.unit === unit &&
              e.decimals === decimals &&
              sameLabels(e, labels) &&
              (text ? sameTexts(e, field, src, len) : e.length === len)
            )
          ) {
            diverge(n);
          }
        }
        if (entries) {
          const e: Entry = { refId, frame: frameName, frameIndex: fi, fieldIndex: k, name, display, labels: labelList(labels), unit, decimals, type, offset, length: len, timeOffset: tOffset };
          if (text) {
            // Text fields travel in the descriptor (they are small: states, table columns).
            const m = Math.min(len, MAX_STRINGS);
            const strs = new Array<string | null>(m);
            for (let i = 0; i < m; i++) {
              strs[i] = textOf(field, src![i]);
            }
            e.strings = strs;
            e.length = m;
          }
          entries.push(e);
          refs!.push({ frame: fi, field: k });
        }
        srcs.push(time || text ? undefined : src);
        n++;
        if (time) {
          to += len;
        } else if (!text) {
          vo += len;
        }
      }
    }
    if (!entries && n !== last!.length) {
      diverge(n); // fields gone at the end
    }
    const same = !entries;
    const list = entries ?? last!;

    const buf = (allocate ?? this.own)(vo, to);
    for (const [src, at] of timeAt) {
      copyNumbers(buf.times, src!, at, src?.length ?? 0, true);
    }
    // Unchanged layout: only what the core reads. Otherwise everything (it matches anew).
    const only = same ? this.needed : undefined;
    let copied = 0;
    for (const i of only ?? list.keys()) {
      const e = list[i];
      if (e && srcs[i]) {
        copyNumbers(buf.values, srcs[i]!, e.offset, e.length, false);
        copied += e.length;
      }
    }
    if (!same) {
      this.last = list;
      this.lastRefs = refs!;
    }
    const desc = same ? '' : `{"fields":[${list.map(entryJson).join(',')}]}`;
    return { desc, values: buf.values, times: buf.times, refs: this.lastRefs, fields: list.length, points: vo, copied };
  }
}
