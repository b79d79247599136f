/**
 * The comment's plots: each of the head's `model.plots` series as a Mermaid line chart with the
 * base branch's series of the same id beside it — `dvc plots diff`, in the PR. xychart draws every
 * line over the same x positions, so two series measured at different x (two precision-recall
 * curves) are first put on one grid: with numeric x, evenly spaced points over both ranges,
 * linearly interpolated (a series is held at its end value past its own range, and the text says
 * so); with labels, the head's labels. Pure: plot series in, Markdown out.
 */
import { type XyAxis, xyChart } from "../mermaid-xychart.js";
import type { PlotReport } from "../types.js";
import { code, MAX } from "./comment-text.js";
import { codeBlock, inlineText } from "./escape.js";

/** Grid points of a chart of numeric x; Mermaid draws a line through them. */
export const PLOT_GRID = 25;
/** Charts in one comment; the rest are named. */
export const MAX_COMMENT_PLOTS = 8;
const BASE_COLOUR = "#8c959f";
const HEAD_COLOUR = "#0969da";

export function renderPlots(
  head: readonly PlotReport[] | undefined,
  base: readonly PlotReport[] | undefined,
  baseRef: string | null,
): string | null {
  const shown = (head ?? []).filter((plot) => plot.points.length > 0);
  if (shown.length === 0) return null;
  const baseName = baseRef ? code(baseRef, MAX.name) : "the base branch";
  const parts = ["#### Plots"];
  for (const plot of shown.slice(0, MAX_COMMENT_PLOTS)) {
    parts.push(renderPlot(plot, base?.find((other) => other.id === plot.id) ?? null, baseName));
  }
  if (shown.length > MAX_COMMENT_PLOTS) {
    const rest = shown.slice(MAX_COMMENT_PLOTS).map((plot) => code(plot.id, MAX.name));
    parts.push(`${rest.length} more plots are in the report: ${rest.join(", ")}.`);
  }
  return parts.join("\n\n");
}

function renderPlot(head: PlotReport, base: PlotReport | null, baseName: string): string {
  const usable = base && base.points.length > 0 ? base : null;
  const { axis, lines, notes } = alignSeries(head, usable);
  const chart = xyChart({
    title: head.title,
    x: axis,
    y: { label: head.y },
    lines: lines.map((values) => ({ values })),
    colors: lines.length > 1 ? [BASE_COLOUR, HEAD_COLOUR] : [HEAD_COLOUR],
  });
  const legend =
    lines.length > 1
      ? `grey: ${baseName}, blue: this pull request`
      : usable
        ? "blue: this pull request (the base series could not be put on the same axis)"
        : `blue: this pull request; ${baseName} has no such plot in its report`;
  const sampled = head.total > head.points.length ? ` · ${head.points.length} of ${head.total} points` : "";
  const lines_ = [
    `**${inlineText(head.title, MAX.name)}** · ${code(head.id, MAX.name)}${sampled} · ${legend}`,
    codeBlock(chart, 12000, "mermaid"),
  ];
  if (notes.length > 0) lines_.push(notes.map((note) => inlineText(note, 300)).join(" "));
  return lines_.join("\n\n");
}

interface Aligned {
  axis: XyAxis;
  /** The base line first when there is one, then the head's. */
  lines: number[][];
  notes: string[];
}

export function alignSeries(head: PlotReport, base: PlotReport | null): Aligned {
  const numeric = (plot: PlotReport) => plot.points.every(([x]) => typeof x === "number");
  if (numeric(head) && (!base || numeric(base))) return onGrid(head, base);
  // Labelled x: the head's labels; the base only when it has a value for every one of them.
  const labels = head.points.map(([x]) => String(x));
  const lines = [head.points.map(([, y]) => y)];
  const notes: string[] = [];
  if (base) {
    const byLabel = new Map(base.points.map(([x, y]) => [String(x), y] as const));
    const values = labels.map((label) => byLabel.get(label));
    if (values.every((value) => value !== undefined)) lines.unshift(values as number[]);
    else notes.push(`The base series has other ${head.x} labels; only this pull request's is drawn.`);
  }
  return { axis: { label: head.x, categories: labels }, lines, notes };
}

function onGrid(head: PlotReport, base: PlotReport | null): Aligned {
  const curves = [base, head].filter((plot): plot is PlotReport => plot !== null).map(curveOf);
  const min = Math.min(...curves.map((c) => c.first.x));
  const max = Math.max(...curves.map((c) => c.last.x));
  const size = min === max ? 1 : PLOT_GRID;
  const grid = Array.from({ length: size }, (_, i) =>
    size === 1 ? min : min + ((max - min) * i) / (size - 1),
  );
  const notes: string[] = [];
  curves.forEach(({ first, last }, i) => {
    if (first.x > min || last.x < max) {
      const who = curves.length > 1 && i === 0 ? "The base series" : "This pull request's series";
      notes.push(
        `${who} covers ${head.x} ${short(first.x)}–${short(last.x)} only; it is held at its end values beyond.`,
      );
    }
  });
  return {
    axis: { label: head.x, min, max },
    lines: curves.map((curve) => grid.map((x) => interpolate(curve, x))),
    notes,
  };
}

interface Point {
  x: number;
  y: number;
}

/** A series sorted by x, never empty: its first and last points are at hand. */
interface Curve {
  points: Point[];
  first: Point;
  last: Point;
}

/** Points sorted by x, with the mean y where x repeats (a precision-recall curve has many). */
function curveOf(plot: PlotReport): Curve {
  const sums = new Map<number, { sum: number; n: number }>();
  for (const [x, y] of plot.points) {
    const at = sums.get(x as number) ?? { sum: 0, n: 0 };
    at.sum += y;
    at.n += 1;
    sums.set(x as number, at);
  }
  const points = [...sums].sort(([a], [b]) => a - b).map(([x, { sum, n }]) => ({ x, y: sum / n }));
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) {
    throw new Error(
      `plot ${plot.id} has no points; only plots with points are drawn (renderPlots filters them)`,
    );
  }
  return { points, first, last };
}

function interpolate({ points, first, last }: Curve, x: number): number {
  if (x <= first.x) return first.y;
  if (x >= last.x) return last.y;
  // first.x < x < last.x: some point after the first is at or past x.
  let previous = first;
  for (const point of points) {
    if (point.x === x) return point.y;
    if (point.x > x) {
      const t = (x - previous.x) / (point.x - previous.x);
      return previous.y + t * (point.y - previous.y);
    }
    previous = point;
  }
  throw new Error(`x ${x} lies between the curve's ends ${first.x} and ${last.x} but no point reaches it`);
}

function short(value: number): string {
  return String(Number(value.toPrecision(3)));
}
