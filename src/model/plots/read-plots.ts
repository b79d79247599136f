/**
 * `model.plots` read into the report's plot series: each entry is a plots file (or glob), a
 * `{ path, x, y, title }`, or a dvc.yaml whose `plots:` are read. Every y value must be a finite
 * number (a message names the file, row and field otherwise); x is a number, else a label. The
 * series are downsampled so a report stays small whatever the file holds (a precision-recall
 * curve has a point per distinct score).
 */
import type { PlotSpec } from "../../config/schema.js";
import { InputError } from "../../errors.js";
import type { PlotReport } from "../../report/types.js";
import type { ModelFiles } from "../files/model-files.js";
import { dvcPlotSpecs } from "./dvc-plot-specs.js";
import { isPlotFile, type PlotRows, parsePlotRows } from "./parse-plot-rows.js";

/** Points kept per series, and series per report: enough for a chart, small in the artifact and store. */
export const MAX_PLOT_POINTS = 100;
export const MAX_PLOTS = 12;

export interface ReadPlotsResult {
  plots: PlotReport[];
  notes: string[];
}

export async function readPlots(
  files: ModelFiles,
  entries: ReadonlyArray<string | PlotSpec>,
  hint: string,
): Promise<ReadPlotsResult> {
  const specs: PlotSpec[] = [];
  for (const entry of entries) {
    const spec = typeof entry === "string" ? { path: entry } : entry;
    for (const path of await files.expand(spec.path)) {
      if (/(^|\/)dvc\.ya?ml$/.test(path))
        specs.push(...dvcPlotSpecs(await readText(files, path, hint), path));
      else specs.push({ ...spec, path });
    }
  }
  const plots: PlotReport[] = [];
  for (const spec of specs) {
    if (!isPlotFile(spec.path)) {
      throw new InputError(
        spec.path,
        "is not a plots file Slipway reads: use CSV, TSV, JSON or YAML (model.plots).",
      );
    }
    const rows = parsePlotRows(await readText(files, spec.path, hint), spec.path);
    for (const plot of seriesOf(spec, rows)) {
      if (!plots.some((known) => known.id === plot.id)) plots.push(plot);
    }
  }
  const notes =
    plots.length > MAX_PLOTS
      ? [`model.plots: ${plots.length} series; the first ${MAX_PLOTS} are in the report.`]
      : [];
  return { plots: plots.slice(0, MAX_PLOTS), notes };
}

async function readText(files: ModelFiles, path: string, hint: string): Promise<string> {
  const bytes = await files.read(path);
  if (bytes === null) throw new InputError(path, `does not exist. ${hint}`);
  return bytes.toString("utf8");
}

function seriesOf(spec: PlotSpec, { fields, rows }: PlotRows): PlotReport[] {
  const file = spec.path;
  if (spec.x !== undefined && !fields.includes(spec.x)) {
    throw new InputError(file, `has no field "${spec.x}" for x; it has ${quoted(fields)}.`, {
      field: spec.x,
    });
  }
  const ys = spec.y === undefined ? fields.filter((field) => field !== spec.x).slice(-1) : [spec.y].flat();
  if (ys.length === 0) throw new InputError(file, "has no field to plot as y.");
  for (const y of ys) {
    if (!fields.includes(y))
      throw new InputError(file, `has no field "${y}" for y; it has ${quoted(fields)}.`, { field: y });
  }
  const x = spec.x ?? "step";
  return ys.map((y) => {
    const points = rows.map((row, index): [number | string, number] => {
      const where = { row: row.row, line: row.line, field: y };
      const value = toNumber(row.values[y]);
      if (value === null || !Number.isFinite(value)) {
        throw new InputError(
          file,
          `${y} is ${JSON.stringify(row.values[y] ?? null)}, not a finite number.`,
          where,
        );
      }
      if (spec.x === undefined) return [index, value];
      const xValue = row.values[spec.x];
      const xNumber = toNumber(xValue);
      return [xNumber !== null && Number.isFinite(xNumber) ? xNumber : String(xValue ?? ""), value];
    });
    return {
      id: ys.length > 1 ? `${file} · ${y}` : file,
      title: spec.title ? (ys.length > 1 ? `${spec.title} · ${y}` : spec.title) : `${y} by ${x}`,
      x,
      y,
      points: downsample(points, MAX_PLOT_POINTS),
      total: points.length,
    };
  });
}

/** At most `max` items evenly picked by position, the first and the last always kept. */
export function downsample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  if (max < 2) return items.slice(0, max);
  const step = (items.length - 1) / (max - 1);
  // The i-th pick is at round(i · step); step > 1, so the picks' positions only grow and each is met.
  const picked: T[] = [];
  items.forEach((item, index) => {
    if (index === Math.round(picked.length * step)) picked.push(item);
  });
  return picked;
}

function toNumber(value: unknown): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
  return null;
}

function quoted(fields: string[]): string {
  return fields.map((field) => `"${field}"`).join(", ") || "no fields";
}
