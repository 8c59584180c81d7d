// A small worker pool for the image comparisons, so SSIM runs while the browser draws the next diagram.
import os from 'node:os';
import { Worker } from 'node:worker_threads';

export function comparePool(size = Math.max(1, Math.min(2, os.cpus().length))) {
  const url = new URL('./compare-worker.mjs', import.meta.url);
  const idle = [], queue = [], pending = new Map();
  let next = 0;
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(url);
    w.on('message', ({ id, out, error }) => {
      const p = pending.get(id);
      pending.delete(id);
      error ? p.no(new Error(error)) : p.ok(out);
      idle.push(w);
      pump();
    });
    w.on('error', (e) => { for (const p of pending.values()) p.no(e); pending.clear(); });
    idle.push(w);
    return w;
  });
  function pump() {
    while (idle.length && queue.length) {
      const job = queue.shift();
      const w = idle.pop();
      w.postMessage(job.msg);
    }
  }
  return {
    run(msg) {
      return new Promise((ok, no) => {
        const id = next++;
        pending.set(id, { ok, no });
        queue.push({ msg: { ...msg, id } });
        pump();
      });
    },
    close: () => Promise.all(workers.map((w) => w.terminate())),
  };
}
