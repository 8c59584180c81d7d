// What comes back from the core, made safe to show: results cross as objects or as JSON text
// (depending on the core build), and errors as one bounded line.

/** A result as an object, whether it crossed as one or as JSON text; undefined for nothing or bad JSON. */
export function obj<T>(v: unknown): T | undefined {
  if (typeof v === 'string') {
    try {
      return v ? (JSON.parse(v) as T) : undefined;
    } catch {
      return undefined;
    }
  }
  return (v ?? undefined) as T | undefined;
}

/** An error as one line of at most 500 characters (the core's messages already are; browser errors may not be). */
export function messageOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  const line = m.split('\n')[0].trim() || 'unknown error';
  return line.length > 500 ? line.slice(0, 500) + '…' : line;
}
