// uPlot charts, loaded on first use: the quad-class series of a dyad and small line charts.
import type uPlotT from "uplot";

let lib: Promise<typeof uPlotT> | null = null;
export function loadUPlot(): Promise<typeof uPlotT> {
  lib ??= Promise.all([import("uplot"), import("uplot/dist/uPlot.min.css")]).then(([m]) => m.default);
  return lib;
}

export const QUAD_COLORS = ["#8a94a0", "#6fb3d2", "#3d8fd1", "#e0a24a", "#d9534f"];

const axis = { stroke: "#8a94a0", grid: { stroke: "#2a3037", width: 1 }, ticks: { stroke: "#2a3037", width: 1 } };

export function width(el: HTMLElement, fallback = 800): number {
  return Math.max(300, Math.floor(el.getBoundingClientRect().width || fallback));
}

/** [min, max] of xs widened by 3 % on each side, and by at least `minPad`. */
export function padRange(xs: number[], minPad: number): [number, number] {
  if (!xs.length) return [0, 1];
  const lo = Math.min(...xs), hi = Math.max(...xs), pad = Math.max((hi - lo) * 0.03, minPad);
  return [lo - pad, hi + pad];
}

/** A small single-series line chart (e.g. hedging over time). */
export async function lineChart(el: HTMLElement, xs: number[], ys: number[], label: string, color = "#e0a24a"): Promise<uPlotT> {
  const uPlot = await loadUPlot();
  return new uPlot({
    width: width(el), height: 140, legend: { show: true },
    // Ranges from the data itself: uPlot's automatic ones stretch badly around a single point.
    scales: { x: { time: true, range: () => padRange(xs, 86400 * 20) }, y: { range: () => [Math.min(0, ...ys), Math.max(1, ...ys)] } },
    axes: [axis, { ...axis, size: 40 }],
    series: [{}, { label, stroke: color, width: 2, points: { show: xs.length < 40 } }],
  }, [xs, ys], el);
}

/** Keeps a chart as wide as its box. */
export function autoWidth(el: HTMLElement, chart: uPlotT, height: number): void {
  const ro = new ResizeObserver(() => chart.setSize({ width: width(el), height }));
  ro.observe(el);
}

/** Counts (left axis, from zero) and optionally a Goldstein line (scale "g", -10..10) over time. */
export async function seriesChart(el: HTMLElement, xs: number[], lines: { label: string; ys: number[]; color: string; scale?: string }[]): Promise<uPlotT> {
  const uPlot = await loadUPlot();
  const top = Math.max(1, ...lines.filter((l) => !l.scale).flatMap((l) => l.ys));
  return new uPlot({
    width: width(el), height: 160, legend: { show: true },
    scales: { x: { time: true, range: () => padRange(xs, 86400 * 20) }, y: { range: () => [0, Math.ceil(top * 1.1)] }, g: { range: [-10, 10] } },
    axes: [axis, { ...axis, size: 40 }, { ...axis, scale: "g", side: 1, grid: { show: false }, size: 40 }],
    series: [{}, ...lines.map((l) => ({ label: l.label, stroke: l.color, width: 2, scale: l.scale ?? "y", points: { show: xs.length < 40 } }))],
  }, [xs, ...lines.map((l) => l.ys)], el);
}
