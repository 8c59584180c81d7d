// Simulated live metrics for the demo system, shaped like a Prometheus query result: one data frame per
// (metric, service) with a `service` label, over a moving time window, refreshed like a dashboard.
import { createDataFrame, dateTime, FieldType, type DataFrame, type TimeRange } from '@grafana/data';

export interface ServiceSpec {
  service: string;
  /** Services this one calls: an incident here raises errors and latency in its callers. */
  calls: string[];
  latency: number;
  rps: number;
  errors: number;
}

export const SERVICES: ServiceSpec[] = [
  { service: 'edge-lb', calls: ['frontend', 'api-gateway'], latency: 4, rps: 1400, errors: 0.05 },
  { service: 'frontend', calls: ['api-gateway'], latency: 38, rps: 620, errors: 0.1 },
  { service: 'api-gateway', calls: ['checkout', 'cart', 'catalog', 'users', 'search'], latency: 22, rps: 1100, errors: 0.08 },
  { service: 'checkout', calls: ['payment', 'cart', 'users', 'orders'], latency: 140, rps: 45, errors: 0.2 },
  { service: 'cart', calls: [], latency: 12, rps: 380, errors: 0.05 },
  { service: 'payment', calls: [], latency: 210, rps: 40, errors: 0.3 },
  { service: 'catalog', calls: [], latency: 18, rps: 760, errors: 0.04 },
  { service: 'search', calls: ['catalog'], latency: 55, rps: 210, errors: 0.1 },
  { service: 'users', calls: [], latency: 9, rps: 300, errors: 0.03 },
  { service: 'orders', calls: [], latency: 30, rps: 44, errors: 0.05 },
];

const STEP_MS = 15_000;
const WINDOW_MS = 15 * 60_000;

/** Small deterministic PRNG so a seed reproduces a run. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Point {
  time: number;
  latency: number;
  errors: number;
  rps: number;
}

export interface Incident {
  root: string;
  until: number;
}

export class Simulator {
  private rand: () => number;
  private history = new Map<string, Point[]>();
  incident: Incident | null = null;

  constructor(seed = Date.now(), private readonly incidents = true) {
    this.rand = mulberry32(seed);
    const now = Date.now();
    for (let t = now - WINDOW_MS; t <= now; t += STEP_MS) {
      this.sample(t);
    }
  }

  /** Callers of `root`, transitively, with their distance (1 = direct caller). */
  private blast(root: string): Map<string, number> {
    const dist = new Map<string, number>([[root, 0]]);
    let frontier = [root];
    while (frontier.length) {
      const next: string[] = [];
      for (const s of SERVICES) {
        if (!dist.has(s.service) && s.calls.some((c) => frontier.includes(c))) {
          dist.set(s.service, dist.get(frontier.find((c) => s.calls.includes(c))!)! + 1);
          next.push(s.service);
        }
      }
      frontier = next;
    }
    return dist;
  }

  /** Pending: the next tick samples at once, so an incident shows on the next refresh. */
  private fresh = false;

  startIncident(root: string, now: number, durationMs = 60_000): void {
    this.incident = { root, until: now + durationMs };
    this.fresh = true;
  }

  private sample(time: number): void {
    if (this.incident && time > this.incident.until) {
      this.incident = null;
    }
    if (this.incidents && !this.incident && this.rand() < 0.04) {
      const candidates = ['payment', 'catalog', 'users', 'orders', 'cart'];
      this.startIncident(candidates[Math.floor(this.rand() * candidates.length)], time, 45_000 + this.rand() * 60_000);
    }
    const blast = this.incident ? this.blast(this.incident.root) : new Map<string, number>();
    const daily = 1 + 0.15 * Math.sin((time / 3_600_000) * Math.PI);
    for (const s of SERVICES) {
      const jitter = () => 1 + (this.rand() - 0.5) * 0.2;
      let latency = s.latency * jitter();
      let errors = s.errors * jitter();
      let rps = s.rps * daily * jitter();
      const d = blast.get(s.service);
      if (d !== undefined) {
        // The root fails hard; each hop up the call chain sees less of it.
        const k = Math.pow(0.55, d);
        errors += 25 * k * (0.8 + this.rand() * 0.4);
        latency *= 1 + 6 * k;
        if (d === 0) {
          rps *= 0.7;
        }
      }
      const points = this.history.get(s.service) ?? [];
      points.push({ time, latency, errors: Math.min(100, errors), rps });
      while (points.length && points[0].time < time - WINDOW_MS) {
        points.shift();
      }
      this.history.set(s.service, points);
    }
  }

  /** Advances the simulation to `now` (one point per 15 s step) and returns the frames. */
  tick(now: number): DataFrame[] {
    const last = this.history.get(SERVICES[0].service)!;
    let t = last[last.length - 1].time;
    for (t += STEP_MS; t <= now; t += STEP_MS) {
      this.sample(t);
    }
    if (this.fresh && last[last.length - 1].time < now) {
      this.sample(now);
    }
    this.fresh = false;
    return this.frames();
  }

  frames(): DataFrame[] {
    const frames: DataFrame[] = [];
    const metrics: Array<{ key: keyof Omit<Point, 'time'>; name: string; refId: string; unit: string }> = [
      { key: 'latency', name: 'latency_p95', refId: 'A', unit: 'ms' },
      { key: 'errors', name: 'error_rate', refId: 'B', unit: 'percent' },
      { key: 'rps', name: 'requests', refId: 'C', unit: 'reqps' },
    ];
    for (const m of metrics) {
      for (const s of SERVICES) {
        const points = this.history.get(s.service)!;
        frames.push(
          createDataFrame({
            name: `${m.name}{service="${s.service}"}`,
            refId: m.refId,
            fields: [
              { name: 'Time', type: FieldType.time, values: points.map((p) => p.time) },
              {
                name: m.name,
                type: FieldType.number,
                values: points.map((p) => Math.round(p[m.key] * 100) / 100),
                labels: { service: s.service },
                config: { unit: m.unit },
              },
            ],
          })
        );
      }
    }
    return frames;
  }
}

export function movingTimeRange(now: number): TimeRange {
  const to = dateTime(now);
  const from = dateTime(now - WINDOW_MS);
  return { from, to, raw: { from: 'now-15m', to: 'now' } };
}
