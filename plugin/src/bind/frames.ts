// Grafana frames → the core's input: one descriptor (JSON) + two flat Float64Arrays, built in one
// pass over data.series, reusing the buffers across refreshes. No per-value call crosses into wasm.
import { FieldType, getFieldDisplayName, type DataFrame, type Field } from '@grafana/data';

/** Where a descriptor field came from, so the panel can ask Grafana for its data links. */
export interface FieldRef {
  frame: number;
  field: number;
}

export interface Encoded {
  /** The descriptor, or "" when it equals the previous one (the core keeps its parsed layout). */
  desc: string;
  values: Float64Array;
  times: Float64Array;
  /** Descriptor field index → frame/field in data.series. */
  refs: FieldRef[];
  fields: number;
  points: number;
}

const MAX_STRINGS = 100_000;

/** JSON string literal; plain ASCII names (the common case) skip JSON.stringify. */
function q(s: string): string {
  return /^[\w .:/{}=,-]*$/.test(s) ? `"${s}"` : JSON.stringify(s);
}

function grow(buf: Float64Array, need: number): Float64Array {
  if (need <= buf.length) {
    return buf;
  }
  const next = new Float64Array(Math.max(need, Math.ceil(buf.length * 1.5), 1024));
  next.set(buf);
  return next;
}

function labelsJson(labels: Field['labels']): string {
  if (!labels) {
    return '';
  }
  let s = '';
  for (const k in labels) {
    const v = labels[k];
    if (v === undefined || v === null) {
      continue;
    }
    s += (s ? ',' : '') + q(k) + ':' + q(String(v));
  }
  return s ? `,"labels":{${s}}` : '';
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

export class FrameEncoder {
  private values: Float64Array = new Float64Array(0);
  private times: Float64Array = new Float64Array(0);
  private lastDesc = '';

  /** Forget the last descriptor (a new Diagram has no layout yet). */
  reset(): void {
    this.lastDesc = '';
  }

  encode(series: DataFrame[] | undefined): Encoded {
    const frames = series ?? [];
    const refs: FieldRef[] = [];
    const parts: string[] = [];
    let vo = 0;
    let to = 0;
    let values = this.values;
    let times = this.times;
    let points = 0;

    for (let fi = 0; fi < frames.length; fi++) {
      const frame = frames[fi];
      const fields = frame?.fields ?? [];
      const head = `{"refId":${q(frame.refId ?? '')},"frame":${q(frame.name ?? '')},"frameIndex":${fi}`;
      // The frame's time: its first time field.
      let timeOffset = -1;
      const timeIdx = fields.findIndex((f) => f.type === FieldType.time);
      if (timeIdx >= 0) {
        const tf = fields[timeIdx];
        const src = tf.values as ArrayLike<unknown>;
        const n = src?.length ?? 0;
        times = grow(times, to + n);
        for (let i = 0; i < n; i++) {
          const v = src[i];
          times[to + i] = typeof v === 'number' ? v : v == null ? NaN : typeof v === 'string' ? Date.parse(v) : Number(v);
        }
        timeOffset = to;
        refs.push({ frame: fi, field: timeIdx });
        parts.push(`${head},"name":${q(tf.name ?? '')},"type":"time","offset":${to},"length":${n}}`);
        to += n;
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
        // Grafana caches this in field.state (applyFieldOverrides has usually done it already).
        const display = getFieldDisplayName(field, frame, frames);
        const cfg = field.config ?? {};
        let meta = `${head},"name":${q(field.name ?? '')},"displayName":${q(display)}${labelsJson(field.labels)}`;
        if (cfg.unit) {
          meta += `,"unit":${q(cfg.unit)}`;
        }
        if (typeof cfg.decimals === 'number') {
          meta += `,"decimals":${cfg.decimals}`;
        }
        refs.push({ frame: fi, field: k });
        if (isNum) {
          values = grow(values, vo + n);
          if (src instanceof Float64Array) {
            values.set(src, vo);
          } else {
            for (let i = 0; i < n; i++) {
              const v = src[i];
              values[vo + i] = typeof v === 'number' ? v : v == null ? NaN : v === true ? 1 : v === false ? 0 : Number(v);
            }
          }
          parts.push(`${meta},"type":"${t === FieldType.boolean ? 'boolean' : 'number'}","offset":${vo},"length":${n},"timeOffset":${timeOffset}}`);
          vo += n;
          points += n;
        } else {
          // Text fields travel in the descriptor (they are small: states, table columns).
          const m = Math.min(n, MAX_STRINGS);
          const strs = new Array<string | null>(m);
          for (let i = 0; i < m; i++) {
            strs[i] = textOf(field, src[i]);
          }
          parts.push(`${meta},"type":"string","length":${m},"timeOffset":${timeOffset},"strings":${JSON.stringify(strs)}}`);
        }
      }
    }
    this.values = values;
    this.times = times;
    const desc = `{"fields":[${parts.join(',')}]}`;
    const same = desc === this.lastDesc;
    this.lastDesc = desc;
    return { desc: same ? '' : desc, values: values.subarray(0, vo), times: times.subarray(0, to), refs, fields: parts.length, points };
  }
}
