// Typed client for the `dyad serve` JSON API (docs/api.md): one function per endpoint,
// errors surfaced as ApiError carrying the server's {"error"} message.

export interface Stats { documents: number; actors: number; events: number; quotes: number; first_date: string; last_date: string }
export interface SearchHit { id: string; title: string; published: string; source: string; snippet: string }
export interface SearchResult { total: number; hits: SearchHit[] }
export interface DocMeta {
  id: string; title: string; authors: string[] | string; published: string; source: string; dateline: string;
  url: string; word_count: number; language: string; duplicate_of: string; text: string;
  merged?: Record<string, unknown> | null;
}
export interface Boilerplate { kind: string; text: string }
export interface ActorMention { start: number; end: number; code: string; name: string; kind: string }
/** A quote; `type`, `speaker_start`/`speaker_end` and `verb` come from newer servers (absent on older ones). */
export interface Quote {
  start: number; end: number; text: string; speaker: string; speaker_actor: string; kind: string;
  type?: "direct" | "mixed" | "indirect" | string; speaker_start?: number | null; speaker_end?: number | null; verb?: string | null;
}
/** Where an event's date comes from: its own text, its document's publication date, or nowhere. */
export type DateKind = "explicit" | "inherited" | "publication" | "none";
export interface DocEvent {
  id: string | number; start: number; end: number; source: string; target: string; code: string; name: string;
  quad: number; goldstein: number; date: string; modality: string; text: string; date_kind?: DateKind;
  source_name?: string; target_name?: string; plover?: string;
  /** The verb's, the subject's and the object's bytes in the clean text (null when not recorded; absent on older servers). */
  verb_start?: number | null; verb_end?: number | null; source_start?: number | null; source_end?: number | null;
  target_start?: number | null; target_end?: number | null;
}
export interface Timex { start: number; end: number; type: string; value: string }
export interface Related { id: string; title: string; published: string; score: number; shared: string[] }
export interface DocumentView {
  document: DocMeta; boilerplate: Boilerplate[]; actors: ActorMention[]; quotes: Quote[]; events: DocEvent[];
  timex: Timex[]; related: Related[];
}
export interface ActorSummary { code: string; name: string; kind: string; country: string; mentions: number; events: number }
export interface Relation {
  other: string; name: string; direction?: "out" | "in"; source?: string; target?: string;
  events: number; cooperation: number; conflict: number; neutral?: number; mean_goldstein: number;
}
/** A quote of an actor; `type` ("direct" | "mixed" | "indirect") and `verb` come from newer servers. */
export interface ActorQuote { doc: string; text: string; speaker: string; date: string; type?: string | null; verb?: string | null }
export interface Stance { kind: string; issue?: string; target: string; target_name?: string; code: string; text: string; doc: string; date: string; count?: number }
export interface TimelineEntry { date: string; end_date?: string; text: string; doc: string; kind?: string }
export interface ActorView {
  code: string; name: string; kind: string; country: string; mentions: number;
  relations: Relation[]; quotes: ActorQuote[]; stances: Stance[]; timeline: TimelineEntry[];
}
export interface SeriesPoint {
  period: string; neutral?: number; verbal_cooperation: number; material_cooperation: number; verbal_conflict: number;
  material_conflict: number; events: number; mean_goldstein: number;
}
export interface DyadEvent { id: string | number; doc: string; date: string; source?: string; target?: string; code: string; quad: number; goldstein: number; modality: string; text: string; date_kind?: DateKind }
export interface QuadCounts {
  neutral: number; verbal_cooperation: number; material_cooperation: number; verbal_conflict: number;
  material_conflict: number; events: number; mean_goldstein: number;
}
export interface DyadView {
  source: string; target: string; source_name?: string; target_name?: string; series: SeriesPoint[]; events: DyadEvent[];
  undated?: QuadCounts; total?: QuadCounts; coarse?: (QuadCounts & { period: string })[];
}
export interface NetNode { id: string; name: string; degree: number; centrality: number; hedging: number }
export interface NetEdge {
  source: string; target: string; events: number; cooperation: number; conflict: number; weight: number;
  mean_goldstein: number; sign: number; changed: boolean;
}
export interface Network { nodes: NetNode[]; edges: NetEdge[] }
export interface Hedging { actor: string; series?: { period: string; hedging: number }[]; overall?: number }
export interface Evidence extends DyadEvent { title: string; start: number; end: number }

export class ApiError extends Error {
  constructor(public status: number, message: string) { super(message); }
}

export type Params = Record<string, string | number | boolean | undefined | null>;

export function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "" || v === false) continue;
    q.set(k, v === true ? "1" : String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

let inflight = 0;
function busy(delta: number): void {
  inflight += delta;
  document.body.classList.toggle("loading", inflight > 0);
}

/** GET a JSON endpoint; a later call with the same `slot` aborts the earlier one. */
const slots = new Map<string, AbortController>();
export async function get<T>(path: string, params: Params = {}, slot?: string): Promise<T> {
  let ctl: AbortController | undefined;
  if (slot) {
    slots.get(slot)?.abort();
    ctl = new AbortController();
    slots.set(slot, ctl);
  }
  busy(1);
  try {
    const res = await fetch(path + query(params), { headers: { Accept: "application/json" }, signal: ctl?.signal });
    const body = await res.text();
    let json: unknown;
    try { json = body ? JSON.parse(body) : {}; } catch { json = undefined; }
    if (!res.ok) {
      const msg = (json && typeof json === "object" && "error" in json) ? String((json as { error: unknown }).error)
        : `${res.status} ${res.statusText}`;
      throw new ApiError(res.status, msg);
    }
    if (json === undefined) throw new ApiError(res.status, `invalid JSON from ${path}`);
    return json as T;
  } finally {
    busy(-1);
  }
}

const enc = encodeURIComponent;
export const api = {
  stats: () => get<Stats>("/api/stats"),
  search: (p: Params) => get<SearchResult>("/api/search", p, "search"),
  document: (id: string) => get<DocumentView>(`/api/documents/${enc(id)}`),
  actors: (p: Params) => get<{ actors: ActorSummary[] }>("/api/actors", p, "actors"),
  actor: (code: string, rollup: boolean, modality = "") => get<ActorView>(`/api/actors/${enc(code)}`, { rollup, modality }),
  dyad: (a: string, b: string, p: Params) => get<DyadView>(`/api/dyads/${enc(a)}/${enc(b)}`, p, "dyad"),
  network: (p: Params) => get<Network>("/api/network", p, "network"),
  hedging: (p: Params) => get<Hedging>("/api/hedging", p),
  timeline: (p: Params) => get<{ entries: TimelineEntry[] }>("/api/timeline", p, "timeline"),
  actorSeries: (code: string, p: Params) => get<{ actor: string; series: { period: string; events: number; cooperation: number; conflict: number; neutral: number; mean_goldstein: number }[] }>(`/api/actors/${enc(code)}/series`, p),
  evidence: (p: Params) => get<{ events: Evidence[] }>("/api/evidence", p, "evidence"),
};
