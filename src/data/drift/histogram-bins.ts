/**
 * The histogram Evidently bins numeric columns into for PSI and Jensen–Shannon (and we for
 * l-infinity) when the reference has more than 20 distinct values:
 * np.histogram_bin_edges(concat(reference, current), bins="sturges"), then np.histogram per dataset.
 * Edges are computed here exactly as numpy 1.24 does (same floating-point operations, so the same
 * doubles); values are binned in DuckDB with numpy's rule: bin i holds edge_i ≤ v < edge_{i+1}, the
 * last bin also holds its upper edge.
 */
import { doubleLiteral } from "./sql-double.js";

/** Evidently bins numeric columns only above this many distinct reference values (get_binned_data). */
export const BINNING_MIN_DISTINCT = 20;

/** numpy.histogram_bin_edges(a, bins="sturges") for data with this minimum, maximum and size. */
export function sturgesEdges(min: number, max: number, size: number): number[] {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  // _hist_bin_sturges: ptp(a) / (log2(a.size) + 1); ptp is of the data, not of the widened range.
  const width = (max - min) / (Math.log2(size) + 1.0);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  // np.linspace(first, last, bins + 1): i * step + start, with the last edge set to stop.
  const step = (last - first) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => i * step + first);
  edges[bins] = last;
  return edges;
}

/**
 * SQL counting the non-null values of `column` in `table` per 0-based bin: rows (k, n), empty bins absent.
 */
export function binCountsSql(table: string, column: string, edges: readonly number[]): string {
  const bins = edges.length - 1;
  const start = edges.at(0);
  const stop = edges.at(-1);
  if (start === undefined || stop === undefined) throw new Error("binCountsSql needs the bins' edges");
  const first = doubleLiteral(start);
  const step = doubleLiteral((stop - start) / bins);
  const list = `[${edges.map(doubleLiteral).join(", ")}]`;
  // A first guess from the uniform width, then one step down or up where rounding put the value on
  // the wrong side of an edge (the guess is never off by more than one bin).
  const guess = `least(greatest(CAST(floor((v - ${first}) / ${step}) AS BIGINT), 0), ${bins - 1})`;
  const bin = `CASE WHEN v < ${list}[g + 1] THEN g - 1 WHEN g < ${bins - 1} AND v >= ${list}[g + 2] THEN g + 1 ELSE g END`;
  return `SELECT ${bin} AS k, count(*) AS n
    FROM (SELECT v, ${guess} AS g FROM (SELECT ${column} AS v FROM ${table} WHERE ${column} IS NOT NULL))
    GROUP BY 1`;
}
