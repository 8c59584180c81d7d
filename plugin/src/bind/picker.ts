// The cell picker between an option editor and the panel. Both live in this module.js, so a small
// module-level store is the channel (Grafana's instanceState only flows panel → editor). While an
// editor is picking, the panel turns clicks on cells into picks instead of opening the menu.
export interface PickedCell {
  id: string;
  label?: string;
  attrs?: Record<string, string>;
}

type Listener = (active: boolean) => void;

let current: ((cell: PickedCell) => void) | undefined;
const listeners = new Set<Listener>();

function notify() {
  for (const l of Array.from(listeners)) {
    l(!!current);
  }
}

/** Starts picking: the next click on a cell calls `onPick` (once). */
export function startPicking(onPick: (cell: PickedCell) => void): void {
  current = onPick;
  notify();
}

export function stopPicking(onPick?: (cell: PickedCell) => void): void {
  if (!onPick || current === onPick) {
    current = undefined;
    notify();
  }
}

export function isPicking(): boolean {
  return !!current;
}

/** Called by the panel on a click while picking. */
export function pick(cell: PickedCell): void {
  const cb = current;
  current = undefined;
  notify();
  cb?.(cell);
}

export function subscribePicking(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
