/** Small SQL builders shared by the classification and regression scans. */
import type { DatasetColumn } from "../../data/open-dataset.js";
import { ident, type SqlRow } from "../../data/sql.js";
import { compareLabels } from "./label-order.js";
import type { LabelValue, SliceKey } from "./types.js";

/**
 * np.finfo(np.float64).eps. sklearn 1.2 clips log-loss probabilities to [eps, 1 - eps] with this
 * (eps="auto" since 1.2; it was 1e-15 before) and divides MAPE by max(|y|, eps).
 */
export const EPS = "CAST(2.220446049250313e-16 AS DOUBLE)";

/** np.clip(x, eps, 1 - eps). */
export function clip(expr: string): string {
  return `greatest(least(${expr}, CAST(1 AS DOUBLE) - ${EPS}), ${EPS})`;
}

export function isFloatType(type: string): boolean {
  return /^(FLOAT|REAL|DOUBLE|FLOAT4|FLOAT8)$/i.test(type);
}

export function isNumericType(type: string): boolean {
  return (
    isFloatType(type) ||
    /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|DECIMAL.*|NUMERIC.*|INT\d*)$/i.test(type)
  );
}

/** A condition true where a value cannot enter a metric: empty, and for floats NaN or ±infinity. */
export function unusable(column: DatasetColumn): string {
  const name = ident(column.name);
  return isFloatType(column.type) ? `(${name} IS NULL OR NOT isfinite(${name}))` : `(${name} IS NULL)`;
}

/** A slice column as it appears in a grouped query: `s<i>` is its value, `g<i>` is 1 when not grouped by it. */
export interface SliceSpec {
  column: string;
  alias: string;
  flag: string;
}

export function sliceSpecs(slices: readonly DatasetColumn[]): SliceSpec[] {
  return slices.map((slice, i) => ({ column: slice.name, alias: `s${i}`, flag: `g${i}` }));
}

/** `ident(col) AS s0, …` for an inner SELECT. */
export function sliceProjection(specs: readonly SliceSpec[]): string[] {
  return specs.map((spec) => `${ident(spec.column)} AS ${spec.alias}`);
}

/** The outer SELECT's slice columns: the grouping flag and the value of each. */
export function sliceSelect(specs: readonly SliceSpec[]): string[] {
  return specs.flatMap((spec) => [`grouping(${spec.alias}) AS ${spec.flag}`, spec.alias]);
}

/**
 * GROUP BY the base columns for the whole file, and once more per slice column (GROUPING SETS),
 * so one scan yields the overall aggregates and every slice's.
 */
export function groupBy(specs: readonly SliceSpec[], base: readonly string[]): string {
  const sets = [`(${base.join(", ")})`, ...specs.map((spec) => `(${[spec.alias, ...base].join(", ")})`)];
  if (specs.length === 0) return base.length === 0 ? "" : `GROUP BY ${base.join(", ")}`;
  return `GROUP BY GROUPING SETS (${sets.join(", ")})`;
}

/** Which slice a grouped row belongs to (null: the whole file). An empty slice value is "". */
export function sliceOfRow(
  row: SqlRow,
  specs: readonly SliceSpec[],
): { key: SliceKey; value: LabelValue } | null {
  for (const spec of specs) {
    if (Number(row[spec.flag]) === 0) {
      const raw = row[spec.alias];
      const value = raw === null || raw === undefined ? "" : (raw as LabelValue);
      return { key: { column: spec.column, value: String(value) }, value };
    }
  }
  return null;
}

/** `metric[column=value]`, the name DESIGN.md gives a slice's metric. */
export function sliceMetricName(metric: string, slice: SliceKey | null): string {
  return slice === null ? metric : `${metric}[${slice.column}=${slice.value}]`;
}

/** An id for maps keyed by slice. */
export function sliceId(slice: SliceKey | null): string {
  return slice === null ? "" : JSON.stringify([slice.column, slice.value]);
}

/**
 * Collects per-slice results and returns them as one metrics record: the whole file first, then each
 * slice column in configured order with its values sorted as sklearn sorts labels.
 */
export class SliceResults {
  private readonly entries = new Map<
    string,
    { key: SliceKey | null; value: LabelValue | null; metrics: Record<string, number> }
  >();

  constructor(private readonly specs: readonly SliceSpec[]) {}

  metricsOf(slice: { key: SliceKey; value: LabelValue } | null): Record<string, number> {
    const id = sliceId(slice?.key ?? null);
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { key: slice?.key ?? null, value: slice?.value ?? null, metrics: {} };
      this.entries.set(id, entry);
    }
    return entry.metrics;
  }

  toRecord(order: readonly string[]): Record<string, number> {
    const out: Record<string, number> = {};
    const add = (key: SliceKey | null, metrics: Record<string, number>) => {
      for (const name of order) {
        const value = metrics[name];
        if (value !== undefined) out[sliceMetricName(name, key)] = value;
      }
    };
    const whole = this.entries.get("");
    if (whole) add(null, whole.metrics);
    for (const spec of this.specs) {
      const values = [...this.entries.values()]
        .filter((entry) => entry.key?.column === spec.column)
        .sort((a, b) => compareLabels(a.value ?? "", b.value ?? ""));
      for (const entry of values) add(entry.key, entry.metrics);
    }
    return out;
  }
}
