/**
 * Classification metrics from a predictions view. One DuckDB scan groups the rows by
 * (label, prediction) — overall and per slice value, with GROUPING SETS — and aggregates, per group,
 * the row count, the log-loss and Brier sums for every probability column, and the counts of rows
 * that fail validation. The result is a few hundred rows at most; everything else is finished here.
 * ROC AUC needs the score order, so it is one more grouped scan per class (roc-auc.ts).
 */
import { ident, literal, type Sql, type SqlRow } from "../../data/sql.js";
import { InputError } from "../../errors.js";
import { addCount, type ConfusionCounts, confusionMatrix, countMetrics } from "./count-metrics.js";
import { describeValue, findFirstRow } from "./find-first-row.js";
import { labelKey, labelSpellings, normaliseLabel, sortedLabelKeys } from "./label-order.js";
import { layoutProbabilities, type ProbabilityLayout } from "./probability-columns.js";
import { rocAuc } from "./roc-auc.js";
import {
  clip,
  groupBy,
  isNumericType,
  SliceResults,
  type SliceSpec,
  sliceOfRow,
  sliceProjection,
  sliceSelect,
  sliceSpecs,
  unusable,
} from "./sql-parts.js";
import type { LabelValue, PredictionInput, PredictionMetrics } from "./types.js";

export const CLASSIFICATION_METRICS = [
  "accuracy",
  "balanced_accuracy",
  "precision",
  "recall",
  "f1",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "precision_micro",
  "recall_micro",
  "f1_micro",
  "precision_weighted",
  "recall_weighted",
  "f1_weighted",
  "roc_auc",
  "roc_auc_ovr",
  "log_loss",
  "brier",
] as const;

/** Probabilities must sum to 1 within this, and lie in [0, 1] within it. */
export const PROBABILITY_TOLERANCE = 1e-6;

interface Group {
  slice: ReturnType<typeof sliceOfRow>;
  y: LabelValue;
  p: LabelValue;
  row: SqlRow;
}

export async function classificationMetrics(sql: Sql, input: PredictionInput): Promise<PredictionMetrics> {
  const labels = labelExpressions(input);
  for (const column of input.probabilities) {
    if (!isNumericType(column.type)) {
      throw new InputError(
        input.file,
        `probability column "${column.name}" holds ${column.type} values, not numbers. Every probability column must be numeric.`,
        { field: column.name },
      );
    }
  }
  const specs = sliceSpecs(input.slices);
  const rows = await sql.all(scanQuery(input, labels, specs));
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

interface LabelExpressions {
  y: string;
  p: string;
  /** The DuckDB type both are compared as. */
  type: string;
}

/** Label and prediction compared as one type: as they are, as DOUBLE if both numeric, else as text. */
function labelExpressions(input: PredictionInput): LabelExpressions {
  const { label, prediction } = input;
  if (label.type === prediction.type)
    return { y: ident(label.name), p: ident(prediction.name), type: label.type };
  const type = isNumericType(label.type) && isNumericType(prediction.type) ? "DOUBLE" : "VARCHAR";
  return {
    y: `CAST(${ident(label.name)} AS ${type})`,
    p: `CAST(${ident(prediction.name)} AS ${type})`,
    type,
  };
}

/** A label key as a SQL value of the label type. */
function labelLiteral(key: string, type: string): string {
  return `CAST(${literal(key)} AS ${type})`;
}

function probability(name: string): string {
  return `CAST(${ident(name)} AS DOUBLE)`;
}

function scanQuery(input: PredictionInput, labels: LabelExpressions, specs: readonly SliceSpec[]): string {
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
    const clipped =
      probs.length === 1 ? [`CAST(1 AS DOUBLE) - ${clip(probs[0]!)}`, clip(probs[0]!)] : probs.map(clip);
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
  const j = layout.single ? (y === positive ? 1 : 0) : columnIndex(input, layout.byClass.get(y)!);
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

/**
 * The positive class: as configured, else the greater of the two labels — sklearn's pos_label=1
 * default wherever sklearn accepts the labels ({0,1}, {-1,1}), and what roc_auc_score and
 * brier_score_loss take for any other pair.
 */
function choosePositive(
  input: PredictionInput,
  classes: readonly string[],
  labelType: string,
): string | null {
  if (input.positive === null) return classes.length <= 2 ? (classes[classes.length - 1] ?? null) : null;
  const positive = normaliseLabel(input.positive, labelType);
  if (classes.length === 2 && !classes.includes(positive)) {
    // sklearn raises here too ("pos_label=… is not a valid label").
    throw new InputError(
      input.file,
      `the positive class ${JSON.stringify(input.positive)} (model.predictions.positive) is not one of the labels in the file: ${classes.join(", ")}.`,
      { field: input.label.name },
    );
  }
  return positive;
}

async function throwUnusable(sql: Sql, input: PredictionInput): Promise<never> {
  const columns = [input.label, input.prediction, ...input.probabilities];
  const found = await findFirstRow(sql, input.view, columns.map(unusable).join(" OR "));
  const column = columns.find((c) => {
    const value = found?.values[c.name];
    return value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value));
  });
  throw new InputError(
    input.file,
    `the value ${describeValue(found?.values[column?.name ?? ""])}; every row needs a label, a prediction and finite probabilities. Fix or drop the row.`,
    { row: found?.row, field: column?.name },
  );
}

async function checkCoverage(
  sql: Sql,
  input: PredictionInput,
  labels: LabelExpressions,
  classes: readonly string[],
  layout: ProbabilityLayout,
): Promise<void> {
  if (layout.single) return;
  const missing = classes.filter((cls) => !layout.byClass.has(cls));
  if (missing.length === 0) return;
  const list = missing.map((key) => labelLiteral(key, labels.type)).join(", ");
  const found = await findFirstRow(sql, input.view, `${labels.y} IN (${list}) OR ${labels.p} IN (${list})`);
  const yKey = found ? labelKey(found.values[input.label.name] as LabelValue) : null;
  const field = yKey !== null && missing.includes(yKey) ? input.label.name : input.prediction.name;
  const value = found ? labelKey(found.values[field] as LabelValue) : missing[0]!;
  throw new InputError(
    input.file,
    `class ${JSON.stringify(value)} has no probability column (the probability columns ${input.probabilities
      .map((c) => `"${c.name}"`)
      .join(
        ", ",
      )} cover ${[...layout.byClass.keys()].join(", ") || "no class in the file"}; not covered: ${missing.join(", ")}). Add a column p_<class> for every class.`,
    { row: found?.row, field },
  );
}

async function throwOutOfRange(sql: Sql, input: PredictionInput): Promise<never> {
  const outside = (name: string) =>
    `(${probability(name)} < -${PROBABILITY_TOLERANCE} OR ${probability(name)} > 1 + ${PROBABILITY_TOLERANCE})`;
  const found = await findFirstRow(
    sql,
    input.view,
    input.probabilities.map((c) => outside(c.name)).join(" OR "),
  );
  const column = input.probabilities.find((c) => {
    const value = Number(found?.values[c.name]);
    return value < -PROBABILITY_TOLERANCE || value > 1 + PROBABILITY_TOLERANCE;
  });
  throw new InputError(
    input.file,
    `the probability ${String(found?.values[column?.name ?? ""])} is outside [0, 1].`,
    { row: found?.row, field: column?.name },
  );
}

async function throwBadSum(sql: Sql, input: PredictionInput): Promise<never> {
  const sum = `(${input.probabilities.map((c) => probability(c.name)).join(" + ")})`;
  const found = await findFirstRow(sql, input.view, `abs(${sum} - 1) > ${PROBABILITY_TOLERANCE}`);
  const total = input.probabilities.reduce((acc, c) => acc + Number(found?.values[c.name]), 0);
  throw new InputError(
    input.file,
    `the probabilities (${input.probabilities.map((c) => c.name).join(" + ")}) sum to ${total}, not 1 (tolerance ${PROBABILITY_TOLERANCE}). Each row's class probabilities must sum to 1.`,
    { row: found?.row },
  );
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
    for (const result of await rocAuc(sql, input.view, truth, probability(layout.byClass.get(cls)!), specs)) {
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
