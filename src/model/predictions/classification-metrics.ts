/**
 * Classification metrics from a predictions view. One DuckDB scan groups the rows by
 * (label, prediction) — overall and per slice value, with GROUPING SETS — and aggregates, per group,
 * the row count, the log-loss and Brier sums for every probability column, and the counts of rows
 * that fail validation. The result is a few hundred rows at most; everything else is finished here.
 * ROC AUC needs the score order: one more scan per class, ranking the rows (roc-auc.ts).
 */
import type { Sql, SqlRow } from "../../data/sql.js";
import { CLASSIFICATION_METRICS } from "../metrics/prediction-metric-names.js";
import {
  checkCoverage,
  checkProbabilityTypes,
  choosePositive,
  throwBadSum,
  throwOutOfRange,
  throwUnusable,
} from "./classification-checks.js";
import { classificationScan } from "./classification-scan.js";
import { addCount, type ConfusionCounts, confusionMatrix, countMetrics } from "./count-metrics.js";
import { type LabelExpressions, labelExpressions, labelLiteral, probability } from "./label-expressions.js";
import { labelKey, labelSpellings, sortedLabelKeys } from "./label-order.js";
import { classColumn, layoutProbabilities, type ProbabilityLayout } from "./probability-columns.js";
import { rocAuc } from "./roc-auc.js";
import { SliceResults, type SliceSpec, sliceOfRow, sliceSpecs } from "./sql-parts.js";
import type { LabelValue, PredictionInput, PredictionMetrics } from "./types.js";

interface Group {
  slice: ReturnType<typeof sliceOfRow>;
  y: LabelValue;
  p: LabelValue;
  row: SqlRow;
}

export async function classificationMetrics(sql: Sql, input: PredictionInput): Promise<PredictionMetrics> {
  const labels = labelExpressions(input);
  checkProbabilityTypes(input);
  const specs = sliceSpecs(input.slices);
  const rows = await sql.all(classificationScan(input, labels, specs));
  const groups: Group[] = rows.map((row) => ({
    slice: sliceOfRow(row, specs),
    y: row.y as LabelValue,
    p: row.p as LabelValue,
    row,
  }));
  const whole = groups.filter((group) => group.slice === null);
  const total = (name: string) => whole.reduce((sum, group) => sum + Number(group.row[name]), 0);

  if (total("bad") > 0) await throwUnusable(sql, input);
  const classes = sortedLabelKeys(whole.flatMap((group) => [group.y, group.p]));
  const positive = choosePositive(input, classes, labels.type);
  const layout =
    input.probabilities.length > 0
      ? layoutProbabilities(
          input.file,
          input.probabilities.map((c) => c.name),
          classes,
          positive,
          (cls) => labelSpellings(cls, labels.type),
        )
      : null;
  if (layout) {
    await checkCoverage(sql, input, labels, classes, layout);
    if (total("range_bad") > 0) await throwOutOfRange(sql, input);
    if (total("sum_bad") > 0) await throwBadSum(sql, input);
  }

  const allClasses = new Set([...classes, ...(positive === null ? [] : [positive])]);
  const binary = allClasses.size + (layout?.extra.length ?? 0) <= 2;
  const results = new SliceResults(specs);
  const perSlice = new Map<ReturnType<typeof results.metricsOf>, Accumulator>();
  for (const group of groups) {
    const metrics = results.metricsOf(group.slice);
    let acc = perSlice.get(metrics);
    if (!acc) {
      acc = { counts: new Map(), n: 0, loss: 0, brier: 0 };
      perSlice.set(metrics, acc);
    }
    accumulate(acc, group, input, layout, binary ? positive : null);
  }
  let confusion: PredictionMetrics["confusion"] = null;
  for (const [metrics, acc] of perSlice) {
    Object.assign(metrics, countMetrics(acc.counts, classes, binary ? positive : null));
    if (layout) {
      metrics.log_loss = acc.loss / acc.n;
      if (binary && positiveColumn(layout, positive) !== null) metrics.brier = acc.brier / acc.n;
    }
    if (metrics === results.metricsOf(null)) confusion = confusionMatrix(acc.counts, classes);
  }
  if (layout) await addRocAuc(sql, input, labels, specs, layout, classes, binary ? positive : null, results);
  return { metrics: results.toRecord(CLASSIFICATION_METRICS), confusion, rows: input.rows };
}

interface Accumulator {
  counts: ConfusionCounts;
  n: number;
  loss: number;
  brier: number;
}

function accumulate(
  acc: Accumulator,
  group: Group,
  input: PredictionInput,
  layout: ProbabilityLayout | null,
  positive: string | null,
): void {
  const n = Number(group.row.n);
  const y = labelKey(group.y);
  addCount(acc.counts, y, labelKey(group.p), n);
  acc.n += n;
  if (!layout) return;
  // Column index of the true class's log term: l1 is the positive class's when there is one column.
  const j = layout.single ? (y === positive ? 1 : 0) : columnIndex(input, classColumn(layout, y));
  acc.loss -= Number(group.row[`l${j}`]);
  const q = positive === null ? null : positiveColumn(layout, positive);
  if (q !== null) {
    const k = columnIndex(input, q);
    acc.brier += Number(group.row[y === positive ? `sqc${k}` : `sq${k}`]);
  }
}

function columnIndex(input: PredictionInput, name: string): number {
  return input.probabilities.findIndex((c) => c.name === name);
}

function positiveColumn(layout: ProbabilityLayout, positive: string | null): string | null {
  return positive === null ? null : (layout.byClass.get(positive) ?? null);
}

async function addRocAuc(
  sql: Sql,
  input: PredictionInput,
  labels: LabelExpressions,
  specs: readonly SliceSpec[],
  layout: ProbabilityLayout,
  classes: readonly string[],
  positive: string | null,
  results: SliceResults,
): Promise<void> {
  if (positive !== null) {
    // Binary: the positive class's probability against y == positive. sklearn raises when a slice
    // holds one class only ("Only one class present in y_true"); that slice gets no roc_auc.
    const column = positiveColumn(layout, positive);
    if (column === null) return;
    const truth = `${labels.y} = ${labelLiteral(positive, labels.type)}`;
    for (const result of await rocAuc(sql, input.view, truth, probability(column), specs)) {
      if (result.auc !== null) results.metricsOf(result.slice).roc_auc = result.auc;
    }
    return;
  }
  // Multiclass one-vs-rest, macro: the mean of each class's binary AUC in sorted-class order. sklearn
  // raises when a class has no true rows in the slice, or when a probability column's class is not
  // in the data at all; those get no roc_auc_ovr.
  if (layout.extra.length > 0) return;
  const perSlice = new Map<
    string,
    { slice: Parameters<typeof results.metricsOf>[0]; aucs: (number | null)[] }
  >();
  for (const cls of classes) {
    const truth = `${labels.y} = ${labelLiteral(cls, labels.type)}`;
    for (const result of await rocAuc(sql, input.view, truth, probability(classColumn(layout, cls)), specs)) {
      const id = JSON.stringify(result.slice?.key ?? null);
      const entry = perSlice.get(id) ?? { slice: result.slice, aucs: [] };
      entry.aucs.push(result.auc);
      perSlice.set(id, entry);
    }
  }
  for (const { slice, aucs } of perSlice.values()) {
    if (aucs.length !== classes.length || aucs.some((auc) => auc === null)) continue;
    results.metricsOf(slice).roc_auc_ovr = (aucs as number[]).reduce((a, b) => a + b, 0) / aucs.length;
  }
}
