// Grafana frames → the core's input: one descriptor (JSON) + two flat Float64Arrays. One walk over
// data.series lays out the fields and the copies; the copies then go straight into buffers the core
// hands out (zero-copy, when it can) or into buffers reused across refreshes. No per-value call
// crosses into wasm.
//
// Two shortcuts keep a refresh cheap when only the numbers changed (the usual dashboard refresh):
// the descriptor is compared field by field with the last one and sent as "" (unchanged) without
// being rebuilt, and only the fields the core reads (its matched series, `needed`) are copied.
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
  name: string;
  display: string;
  labels?: Labels;
  unit?: string;
  decimals?: number;
  type: 'time' | 'number' | 'boolean' | 'string';
  offset: number;
  length: number;
  timeOffset: number;
  strings?: Array<string | null>;
  src?: ArrayLike<unknown>;
}

const MAX_STRINGS = 100_000;

/** JSON string literal; plain names (the common case) skip JSON.stringify. */
function q(s: string): string {
  return /^[\w .:/{}=,-]*$/.test(s) ? `"${s}"` : JSON.stringify(s);
}

function sameLabels(a: Labels | undefined, b: Labels | undefined): boolean {
  if (a === b) {
    return true;
  }
  let n = 0;
  if (a) {
    for (const k in a) {
      if (a[k] !== (b ? b[k] : undefined)) {
        return false;
      }
      n++;
    }
  }
  if (b) {
    for (const _ in b) {
      n--;
    }
  }
  return n === 0;
}

function sameStrings(a?: Array<string | null>, b?: Array<string | null>): boolean {
  if (a === b) {
    return true;
  }
  if (!a || !b || a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

function sameEntry(a: Entry, b: Entry): boolean {
  return (
    a.offset === b.offset &&
    a.length === b.length &&
    a.timeOffset === b.timeOffset &&
    a.type === b.type &&
    a.frameIndex === b.frameIndex &&
    a.name === b.name &&
    a.display === b.display &&
    a.frame === b.frame &&
    a.refId === b.refId &&
    a.unit === b.unit &&
    a.decimals === b.decimals &&
    sameLabels(a.labels, b.labels) &&
    sameStrings(a.strings, b.strings)
  );
}

function entryJson(e: Entry): string {
  let s = `{"refId":${q(e.refId)},"frame":${q(e.frame)},"frameIndex":${e.frameIndex},"name":${q(e.name)}`;
  if (e.type === 'time') {
    return `${s},"type":"time","offset":${e.offset},"length":${e.length}}`;
  }
  s += `,"displayName":${q(e.display)}`;
  if (e.labels) {
    let l = '';
    for (const k in e.labels) {
      const v = e.labels[k];
      if (v !== undefined && v !== null) {
        l += (l ? ',' : '') + q(k) + ':' + q(String(v));
      }
    }
    if (l) {
      s += `,"labels":{${l}}`;
    }
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
    dst.set((src as Float64Array).subarray(0, n), at);
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
  private last: Entry[] | undefined;
  /** Descriptor fields the core reads; undefined = all of them. */
  private needed: Set<number> | undefined;

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

  encode(series: DataFrame[] | undefined, allocate?: Allocate): Encoded {
    const frames = series ?? [];
    const refs: FieldRef[] = [];
    const entries: Entry[] = [];
    const last = this.last;
    let same = !!last;
    let vo = 0;
    let to = 0;
    // Frames often share one time array (same query, same steps): copied and described once.
    const timeAt = new Map<unknown, number>();

    const add = (e: Entry, ref: FieldRef) => {
      if (same && !(last!.length > entries.length && sameEntry(last![entries.length], e))) {
        same = false;
      }
      entries.push(e);
      refs.push(ref);
    };

    for (let fi = 0; fi < frames.length; fi++) {
      const frame = frames[fi];
      const fields = frame?.fields ?? [];
      const refId = frame.refId ?? '';
      const frameName = frame.name ?? '';
      // The frame's time: its first time field.
      let timeOffset = -1;
      let timeIdx = -1;
      for (let k = 0; k < fields.length; k++) {
        if (fields[k].type === FieldType.time) {
          timeIdx = k;
          break;
        }
      }
      if (timeIdx >= 0) {
        const tf = fields[timeIdx];
        const n = tf.values?.length ?? 0;
        const shared = timeAt.get(tf.values);
        if (shared !== undefined) {
          timeOffset = shared;
        } else {
          timeAt.set(tf.values, to);
          timeOffset = to;
          add({ refId, frame: frameName, frameIndex: fi, name: tf.name ?? '', display: '', type: 'time', offset: to, length: n, timeOffset: -1, src: tf.values }, { frame: fi, field: timeIdx });
          to += n;
        }
      }
      for (let k = 0; k < fields.length; k++) {
        if (k === timeIdx) {
          continue;
        }
        const field = fields[k];
        const t = field.type;
        const isNum = t === FieldType.number || t === FieldType.boolean || t === FieldType.time;
        const isText = t === FieldType.string || t === FieldType.enum;
        if (!isNum && !isText) {
          continue; // other / frame / geo / trace: nothing a binding reads
        }
        const src = field.values as ArrayLike<unknown>;
        const n = src?.length ?? 0;
        const cfg = field.config ?? {};
        const e: Entry = {
          refId,
          frame: frameName,
          frameIndex: fi,
          name: field.name ?? '',
          // Grafana caches this in field.state (applyFieldOverrides has usually done it already).
          display: getFieldDisplayName(field, frame, frames),
          labels: field.labels,
          unit: cfg.unit || undefined,
          decimals: typeof cfg.decimals === 'number' ? cfg.decimals : undefined,
          type: isNum ? (t === FieldType.boolean ? 'boolean' : 'number') : 'string',
          offset: isNum ? vo : 0,
          length: n,
          timeOffset,
        };
        if (isNum) {
          e.src = src;
          vo += n;
        } else {
          // Text fields travel in the descriptor (they are small: states, table columns).
          const m = Math.min(n, MAX_STRINGS);
          const strs = new Array<string | null>(m);
          for (let i = 0; i < m; i++) {
            strs[i] = textOf(field, src[i]);
          }
          e.strings = strs;
          e.length = m;
        }
        add(e, { frame: fi, field: k });
      }
    }
    if (last && last.length !== entries.length) {
      same = false;
    }

    const buf = (allocate ?? this.own)(vo, to);
    // Unchanged layout: only what the core reads. Otherwise everything (it matches anew).
    const only = same ? this.needed : undefined;
    let copied = 0;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (!e.src) {
        continue;
      }
      if (e.type === 'time') {
        copyNumbers(buf.times, e.src, e.offset, e.length, true);
      } else if (!only || only.has(i)) {
        copyNumbers(buf.values, e.src, e.offset, e.length, false);
        copied += e.length;
      }
      e.src = undefined; // no reference to last refresh's data kept
    }
    this.last = entries;
    const desc = same ? '' : `{"fields":[${entries.map(entryJson).join(',')}]}`;
    return { desc, values: buf.values, times: buf.times, refs, fields: entries.length, points: vo, copied };
  }
}
