// UTF-8 byte offsets (as the API gives them, into document.text) -> JS string (UTF-16) indices,
// and the cutting of a text into segments covered by possibly overlapping highlight spans.

/**
 * Returns a function mapping a UTF-8 byte offset of `text` to the UTF-16 index of the
 * character it falls in (offsets inside a multi-byte character snap to its start; offsets
 * past the end clamp to text.length).
 */
export function byteToIndex(text: string): (byte: number) => number {
  // starts[i] = byte offset where UTF-16 unit i begins (surrogate pairs share one code point).
  const n = text.length;
  const starts = new Float64Array(n + 1);
  let b = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = b;
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { b += 4; starts[++i] = starts[i - 1]; continue; }
      b += 3;
    } else b += 3;
  }
  starts[n] = b;
  return (byte: number) => {
    if (!(byte > 0)) return 0;
    if (byte >= b) return n;
    // Last unit whose start <= byte.
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= byte) lo = mid; else hi = mid - 1;
    }
    // Step back to the first unit of a surrogate pair.
    while (lo > 0 && starts[lo - 1] === starts[lo]) lo--;
    return lo;
  };
}

export interface Span<T> { start: number; end: number; data: T }
export interface Segment<T> { start: number; end: number; spans: Span<T>[] }

/** Converts byte spans to index spans, dropping empty or inverted ones. */
export function toIndexSpans<T>(text: string, spans: { start: number; end: number; data: T }[]): Span<T>[] {
  const conv = byteToIndex(text);
  const out: Span<T>[] = [];
  for (const s of spans) {
    if (!Number.isFinite(s.start) || !Number.isFinite(s.end)) continue;
    const a = conv(s.start), z = conv(s.end);
    if (z > a) out.push({ start: a, end: z, data: s.data });
  }
  return out;
}

/** Cuts [0, length) at every span boundary; each segment lists the spans covering it. */
export function segments<T>(length: number, spans: Span<T>[]): Segment<T>[] {
  const cuts = new Set<number>([0, length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(length, s.start))); cuts.add(Math.max(0, Math.min(length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Segment<T>[] = [];
  let k = 0;
  let open: Span<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], z = points[i + 1];
    open = open.filter((s) => s.end > a);
    while (k < sorted.length && sorted[k].start <= a) { if (sorted[k].end > a) open.push(sorted[k]); k++; }
    out.push({ start: a, end: z, spans: [...open] });
  }
  return out;
}
