/**
 * Regression metrics from a predictions view in one DuckDB scan (overall and per slice value, with
 * GROUPING SETS), following scikit-learn 1.2:
 * - mae, mse, rmse = sqrt(mse), mape = mean(|y - ŷ| / max(|y|, eps)) with eps = float64 eps;
 * - median_ae: numpy's median (the mean of the two middle values for an even count) is DuckDB's
 *   exact quantile_cont(0.5);
 * - r2 = 1 - Σ(y - ŷ)² / Σ(y - ȳ)², the denominator from DuckDB's var_pop (Welford's one-pass
 *   algorithm, numerically as good as sklearn's two passes). sklearn's force_finite convention: a
 *   constant y gives 1 if the predictions are perfect, else 0. With fewer than two rows sklearn
 *   returns NaN (and warns); such a slice gets no r2.
 */
import { ident, type Sql } from "../../data/sql.js";
import { InputError } from "../../errors.js";
import { REGRESSION_METRICS } from "../metrics/prediction-metric-names.js";
import { describeValue, findFirstRow, rowError } from "./find-first-row.js";
import {
  EPS,
  groupBy,
  isNumericType,
  SliceResults,
  sliceOfRow,
  sliceProjection,
  sliceSelect,
  sliceSpecs,
  unusable,
} from "./sql-parts.js";
import type { PredictionInput, PredictionMetrics } from "./types.js";

export async function regressionMetrics(sql: Sql, input: PredictionInput): Promise<PredictionMetrics> {
  for (const column of [input.label, input.prediction]) {
    if (!isNumericType(column.type)) {
      throw new InputError(
        input.file,
        `column "${column.name}" holds ${column.type} values; a regression task needs numbers in the label and prediction columns.`,
        { field: column.name },
      );
    }
  }
  const specs = sliceSpecs(input.slices);
  const inner = [
    `CAST(${ident(input.label.name)} AS DOUBLE) AS y`,
    `abs(CAST(${ident(input.prediction.name)} AS DOUBLE) - CAST(${ident(input.label.name)} AS DOUBLE)) AS ae`,
    `(${unusable(input.label)} OR ${unusable(input.prediction)}) AS bad`,
    ...sliceProjection(specs),
  ];
  const outer = [
    ...sliceSelect(specs),
    "count(*) AS n",
    "count(*) FILTER (WHERE bad) AS bad",
    "fsum(ae) AS sae",
    "fsum(ae * ae) AS sse",
    "var_pop(y) AS var_y",
    `fsum(ae / greatest(abs(y), ${EPS})) AS sape`,
    "quantile_cont(ae, 0.5) AS mdae",
  ];
  const rows = await sql.all(
    `SELECT ${outer.join(", ")} FROM (SELECT ${inner.join(", ")} FROM ${ident(input.view)}) ${groupBy(specs, [])}`,
  );

  const whole = rows.find((row) => sliceOfRow(row, specs) === null);
  if (Number(whole?.bad ?? 0) > 0) {
    const found = await findFirstRow(
      sql,
      input.view,
      `${unusable(input.label)} OR ${unusable(input.prediction)}`,
    );
    const field = [input.label.name, input.prediction.name].find((name) => {
      const value = found?.values[name];
      return value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value));
    });
    throw rowError(
      input,
      found,
      `the value ${describeValue(found?.values[field ?? ""])}; every row needs a finite label and prediction. Fix or drop the row.`,
      field,
    );
  }

  const results = new SliceResults(specs);
  for (const row of rows) {
    const n = Number(row.n);
    const metrics = results.metricsOf(sliceOfRow(row, specs));
    const sse = Number(row.sse);
    const mse = sse / n;
    metrics.mae = Number(row.sae) / n;
    metrics.mse = mse;
    metrics.rmse = Math.sqrt(mse);
    if (n >= 2) {
      const denominator = Number(row.var_y) * n;
      metrics.r2 = denominator === 0 ? (sse === 0 ? 1 : 0) : 1 - sse / denominator;
    }
    metrics.mape = Number(row.sape) / n;
    metrics.median_ae = Number(row.mdae);
  }
  return { metrics: results.toRecord(REGRESSION_METRICS), confusion: null, rows: input.rows };
}
