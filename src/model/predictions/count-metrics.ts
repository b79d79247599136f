/**
 * The confusion-count metrics, finished in TypeScript from the (few) label × prediction counts that
 * DuckDB aggregated. Each follows scikit-learn 1.2's code path operation for operation, so the
 * floating-point results agree, including its edge-case conventions:
 * - zero_division="warn" (the default): a precision or recall whose denominator is 0 is 0;
 * - F1 = 2·P·R / (P + R), with the denominator replaced by 1 when P + R = 0 (so F1 = 0);
 * - macro/weighted averages run over unique_labels(y_true, y_pred): a class never predicted counts
 *   with precision 0, a class only predicted (never true) with recall 0 and weight 0;
 * - balanced accuracy is the mean recall over the classes present in y_true only (sklearn drops
 *   the NaN recalls of classes that were predicted but never true);
 * - binary precision/recall/F1 use labels=[positive] even when the positive class is absent from
 *   this slice (sklearn's _check_set_wise_labels allows that when fewer than 2 labels are present).
 */

/** counts.get(trueKey).get(predictedKey) = number of rows. */
export type ConfusionCounts = Map<string, Map<string, number>>;

export function addCount(counts: ConfusionCounts, truth: string, predicted: string, n: number): void {
  let row = counts.get(truth);
  if (!row) {
    row = new Map();
    counts.set(truth, row);
  }
  row.set(predicted, (row.get(predicted) ?? 0) + n);
}

interface Sums {
  tp: number;
  pred: number;
  truth: number;
}

/**
 * @param order every class in sklearn's sorted order (a superset of the labels in `counts`).
 * @param positive the positive class when the task is binary; null for multiclass (no binary metrics).
 */
export function countMetrics(
  counts: ConfusionCounts,
  order: readonly string[],
  positive: string | null,
): Record<string, number> {
  const present = presentLabels(counts, order);
  // One per present label, in sklearn's order.
  const sums = present.map((label) => labelSums(counts, label));
  let n = 0;
  let correct = 0;
  for (const [truth, row] of counts) {
    for (const [predicted, count] of row) {
      n += count;
      if (truth === predicted) correct += count;
    }
  }

  const metrics: Record<string, number> = {};
  metrics.accuracy = correct / n;
  metrics.balanced_accuracy = balancedAccuracy(sums);
  if (positive !== null) {
    const s = labelSums(counts, positive);
    const { precision, recall, f1 } = prf(s.tp, s.pred, s.truth);
    metrics.precision = precision;
    metrics.recall = recall;
    metrics.f1 = f1;
  }

  const perLabel = sums.map((s) => ({ ...prf(s.tp, s.pred, s.truth), weight: s.truth }));
  metrics.precision_macro = mean(perLabel.map((p) => p.precision));
  metrics.recall_macro = mean(perLabel.map((p) => p.recall));
  metrics.f1_macro = mean(perLabel.map((p) => p.f1));

  // micro: sklearn sums tp, pred and truth over the labels first, then divides once.
  const total = sums.reduce(
    (acc, s) => ({ tp: acc.tp + s.tp, pred: acc.pred + s.pred, truth: acc.truth + s.truth }),
    { tp: 0, pred: 0, truth: 0 },
  );
  const micro = prf(total.tp, total.pred, total.truth);
  metrics.precision_micro = micro.precision;
  metrics.recall_micro = micro.recall;
  metrics.f1_micro = micro.f1;

  // weighted: weights are the true counts; they never sum to 0 here because every slice has rows.
  metrics.precision_weighted = weightedMean(perLabel, (p) => p.precision);
  metrics.recall_weighted = weightedMean(perLabel, (p) => p.recall);
  metrics.f1_weighted = weightedMean(perLabel, (p) => p.f1);
  return metrics;
}

/** The confusion matrix over the labels present, in sklearn's layout (rows: truth, columns: prediction). */
export function confusionMatrix(
  counts: ConfusionCounts,
  order: readonly string[],
): { labels: string[]; matrix: number[][] } {
  const labels = presentLabels(counts, order);
  const matrix = labels.map((truth) => labels.map((predicted) => counts.get(truth)?.get(predicted) ?? 0));
  return { labels, matrix };
}

/** unique_labels(y_true, y_pred) in sklearn's order. */
function presentLabels(counts: ConfusionCounts, order: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const [truth, row] of counts) {
    seen.add(truth);
    for (const predicted of row.keys()) seen.add(predicted);
  }
  return order.filter((label) => seen.has(label));
}

function labelSums(counts: ConfusionCounts, label: string): Sums {
  let pred = 0;
  for (const row of counts.values()) pred += row.get(label) ?? 0;
  let truth = 0;
  for (const count of counts.get(label)?.values() ?? []) truth += count;
  return { tp: counts.get(label)?.get(label) ?? 0, pred, truth };
}

/** sklearn's _prf_divide with zero_division="warn" (→ 0), then its F-beta formula for beta = 1. */
function prf(tp: number, pred: number, truth: number): { precision: number; recall: number; f1: number } {
  const precision = pred === 0 ? 0 : tp / pred;
  const recall = truth === 0 ? 0 : tp / truth;
  let denom = precision + recall;
  if (denom === 0) denom = 1;
  return { precision, recall, f1: (2 * precision * recall) / denom };
}

function balancedAccuracy(sums: readonly Sums[]): number {
  const recalls: number[] = [];
  for (const s of sums) {
    if (s.truth > 0) recalls.push(s.tp / s.truth);
  }
  return mean(recalls);
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function weightedMean<T extends { weight: number }>(items: readonly T[], value: (item: T) => number): number {
  let sum = 0;
  let total = 0;
  for (const item of items) {
    sum += value(item) * item.weight;
    total += item.weight;
  }
  return sum / total;
}
