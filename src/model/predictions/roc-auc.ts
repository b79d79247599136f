/**
 * ROC AUC in DuckDB as the Mann–Whitney statistic: AUC = U / (P·N), where U counts the
 * (positive, negative) pairs ranked right and ties count one half. That is exactly the area under
 * sklearn's ROC curve, whose thresholds are the distinct scores (tied scores share one point, so the
 * trapezoid over a tie adds half its pairs). Rows are grouped by score, so ties are exact, and each
 * group's negatives strictly below come from a running sum. Everything stays in integers (2U), so
 * the only rounding is the final division.
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
  const flags = specs.flatMap((spec) => [spec.flag, spec.alias]);
  const partition = flags.length > 0 ? `PARTITION BY ${flags.join(", ")} ` : "";
  const rows = await sql.all(`
    WITH grouped AS (
      SELECT ${[...sliceSelect(specs), "score", "count(*) FILTER (WHERE t) AS np", "count(*) AS n"].join(", ")}
      FROM (SELECT ${[`(${truth}) AS t`, `(${score}) AS score`, ...sliceProjection(specs)].join(", ")} FROM ${ident(view)})
      ${groupBy(specs, ["score"])}
    ), ranked AS (
      SELECT ${[...flags, "np", "n - np AS nn"].join(", ")},
        sum(n - np) OVER (${partition}ORDER BY score ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - (n - np) AS below
      FROM grouped
    )
    SELECT ${[...flags, "sum(np) AS positives", "sum(nn) AS negatives", "sum(np * (2 * below + nn)) AS twice_u"].join(", ")}
    FROM ranked ${flags.length > 0 ? `GROUP BY ${flags.join(", ")}` : ""}`);
  return rows.map((row) => {
    const positives = Number(row.positives);
    const negatives = Number(row.negatives);
    const auc = positives > 0 && negatives > 0 ? Number(row.twice_u) / (2 * positives * negatives) : null;
    return { slice: sliceOfRow(row, specs), positives, negatives, auc };
  });
}
