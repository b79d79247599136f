/**
 * The one grouped scan of a classification: rows grouped by (label, prediction), overall and per slice
 * value (GROUPING SETS), with the row count, the log-loss and Brier sums for every probability column,
 * and the counts of rows that fail validation.
 */
import { ident } from "../../data/sql.js";
import { PROBABILITY_TOLERANCE } from "./classification-checks.js";
import { type LabelExpressions, probability } from "./label-expressions.js";
import { clip, groupBy, type SliceSpec, sliceProjection, sliceSelect, unusable } from "./sql-parts.js";
import type { PredictionInput } from "./types.js";

export function classificationScan(
  input: PredictionInput,
  labels: LabelExpressions,
  specs: readonly SliceSpec[],
): string {
  const probs = input.probabilities.map((c) => probability(c.name));
  const inner = [
    `${labels.y} AS y`,
    `${labels.p} AS p`,
    ...sliceProjection(specs),
    `(${[input.label, input.prediction, ...input.probabilities].map(unusable).join(" OR ")}) AS bad`,
  ];
  const outer = [...sliceSelect(specs), "y", "p", "count(*) AS n", "count(*) FILTER (WHERE bad) AS bad"];
  if (probs.length > 0) {
    inner.push(
      `(${probs.map((q) => `${q} < -${PROBABILITY_TOLERANCE} OR ${q} > 1 + ${PROBABILITY_TOLERANCE}`).join(" OR ")}) AS range_bad`,
    );
    inner.push(
      probs.length > 1
        ? `abs((${probs.join(" + ")}) - 1) > ${PROBABILITY_TOLERANCE} AS sum_bad`
        : "false AS sum_bad",
    );
    outer.push(
      "count(*) FILTER (WHERE range_bad) AS range_bad",
      "count(*) FILTER (WHERE sum_bad) AS sum_bad",
    );
    // sklearn's log_loss clips every column to [eps, 1 - eps], renormalises each row by its clipped
    // sum, and takes -log of the true class's share. The true class is known per group (y), so the
    // per-row log is summed for every column and the group picks its own. With one column q (the
    // positive class's), sklearn's 1-D path uses the columns [1 - clip(q), clip(q)].
    const [only] = probs;
    const clipped =
      only !== undefined && probs.length === 1
        ? [`CAST(1 AS DOUBLE) - ${clip(only)}`, clip(only)]
        : probs.map(clip);
    clipped.forEach((c, j) => {
      inner.push(`${c} AS c${j}`);
    });
    inner.push(`(${clipped.map((_, j) => `c${j}`).join(" + ")}) AS cs`);
    clipped.forEach((_, j) => {
      outer.push(`fsum(ln(c${j} / cs)) AS l${j}`);
    });
    // Brier (binary only): (1 - q)² for positive rows, q² for the others; q unclipped, as sklearn.
    if (probs.length <= 2) {
      probs.forEach((q, j) => {
        inner.push(`${q} AS q${j}`);
        outer.push(`fsum(q${j} * q${j}) AS sq${j}`, `fsum((1 - q${j}) * (1 - q${j})) AS sqc${j}`);
      });
    }
  }
  return `SELECT ${outer.join(", ")} FROM (SELECT ${inner.join(", ")} FROM ${ident(input.view)}) ${groupBy(specs, ["y", "p"])}`;
}
