/**
 * ROC AUC in DuckDB as the Mann–Whitney statistic, which is exactly the area under sklearn's ROC
 * curve (its thresholds are the distinct scores, so a tie is one point and the trapezoid over it
 * counts half of the tied pairs). With ranks 1..n by score and tied rows given the mean of their
 * ranks (lo + hi) / 2, where lo = rank() and hi = the rows with a score ≤ this one:
 *   U = R₊ − P(P + 1)/2,  AUC = U / (P·N),
 * R₊ the positives' rank sum. Everything stays in integers (2U = Σ₊(lo + hi) − P(P + 1)), so the only
 * rounding is the final division. Both window functions share one sort of the rows by score (DuckDB
 * sorts out of core), which takes far less memory than grouping 10M distinct scores in a hash table.
 * Slices: one window pair per slice column, partitioned by it, summed per slice value.
 */
import { ident, type Sql } from "../../data/sql.js";
import { groupBy, type SliceSpec, sliceOfRow, sliceProjection, sliceSelect } from "./sql-parts.js";
import type { LabelValue, SliceKey } from "./types.js";

export interface AucResult {
  slice: { key: SliceKey; value: LabelValue } | null;
  positives: number;
  negatives: number;
  /** null when the slice has only one class: sklearn raises "Only one class present in y_true". */
  auc: number | null;
}

/**
 * @param truth SQL boolean: the row belongs to the positive class.
 * @param score SQL double: the positive class's probability.
 */
export async function rocAuc(
  sql: Sql,
  view: string,
  truth: string,
  score: string,
  specs: readonly SliceSpec[],
): Promise<AucResult[]> {
  // Window w ranks over the whole file; w<i> within each value of slice column i.
  const windows = [
    { name: "w", partition: "" },
    ...specs.map((spec, i) => ({ name: `w${i}`, partition: `PARTITION BY ${spec.alias} ` })),
  ];
  const ranks = windows.flatMap(({ name }) => [
    `rank() OVER ${name} AS lo_${name}`,
    `count(*) OVER (${name} RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS hi_${name}`,
  ]);
  const sums = windows.map(({ name }) => `sum(lo_${name} + hi_${name}) FILTER (WHERE t) AS r_${name}`);
  const rows = await sql.all(`
    SELECT ${[...sliceSelect(specs), "count(*) FILTER (WHERE t) AS positives", "count(*) AS n", ...sums].join(", ")}
    FROM (
      SELECT ${["t", ...specs.map((spec) => spec.alias), ...ranks].join(", ")}
      FROM (SELECT ${[`(${truth}) AS t`, `(${score}) AS score`, ...sliceProjection(specs)].join(", ")} FROM ${ident(view)})
      WINDOW ${windows.map(({ name, partition }) => `${name} AS (${partition}ORDER BY score)`).join(", ")}
    ) ${groupBy(specs, [])}`);
  return rows.map((row) => {
    const slice = sliceOfRow(row, specs);
    const window = slice === null ? "w" : `w${specs.findIndex((spec) => spec.column === slice.key.column)}`;
    const positives = Number(row.positives);
    const negatives = Number(row.n) - positives;
    const twiceU = Number(row[`r_${window}`]) - positives * (positives + 1);
    const auc = positives > 0 && negatives > 0 ? twiceU / (2 * positives * negatives) : null;
    return { slice, positives, negatives, auc };
  });
}
