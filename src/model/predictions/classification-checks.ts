/**
 * Validation of a classification's predictions. The grouped scan counts the problems; only when it
 * found one are the rows searched, to name the first bad row and column.
 */
import type { Sql } from "../../data/sql.js";
import { InputError } from "../../errors.js";
import { describeValue, findFirstRow, rowError } from "./find-first-row.js";
import { type LabelExpressions, labelLiteral, probability } from "./label-expressions.js";
import { labelKey, normaliseLabel } from "./label-order.js";
import type { ProbabilityLayout } from "./probability-columns.js";
import { isNumericType, unusable } from "./sql-parts.js";
import type { LabelValue, PredictionInput } from "./types.js";

/** Probabilities must sum to 1 within this, and lie in [0, 1] within it. */
export const PROBABILITY_TOLERANCE = 1e-6;

/** Probability columns must hold numbers (a stray text value makes DuckDB read the column as text). */
export function checkProbabilityTypes(input: PredictionInput): void {
  for (const column of input.probabilities) {
    if (!isNumericType(column.type)) {
      throw new InputError(
        input.file,
        `probability column "${column.name}" holds ${column.type} values, not numbers. Every probability column must be numeric.`,
        { field: column.name },
      );
    }
  }
}

/**
 * The positive class: as configured, else the greater of the two labels — sklearn's pos_label=1
 * default wherever sklearn accepts the labels ({0,1}, {-1,1}), and what roc_auc_score and
 * brier_score_loss take for any other pair.
 */
export function choosePositive(
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

export async function throwUnusable(sql: Sql, input: PredictionInput): Promise<never> {
  const columns = [input.label, input.prediction, ...input.probabilities];
  const found = await findFirstRow(sql, input.view, columns.map(unusable).join(" OR "));
  const column = columns.find((c) => {
    const value = found?.values[c.name];
    return value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value));
  });
  throw rowError(
    input,
    found,
    `the value ${describeValue(found?.values[column?.name ?? ""])}; every row needs a label, a prediction and finite probabilities. Fix or drop the row.`,
    column?.name,
  );
}

export async function checkCoverage(
  sql: Sql,
  input: PredictionInput,
  labels: LabelExpressions,
  classes: readonly string[],
  layout: ProbabilityLayout,
): Promise<void> {
  if (layout.single) return;
  const missing = classes.filter((cls) => !layout.byClass.has(cls));
  const [firstMissing] = missing;
  if (firstMissing === undefined) return;
  const list = missing.map((key) => labelLiteral(key, labels.type)).join(", ");
  const found = await findFirstRow(sql, input.view, `${labels.y} IN (${list}) OR ${labels.p} IN (${list})`);
  const yKey = found ? labelKey(found.values[input.label.name] as LabelValue) : null;
  const field = yKey !== null && missing.includes(yKey) ? input.label.name : input.prediction.name;
  const value = found ? labelKey(found.values[field] as LabelValue) : firstMissing;
  throw rowError(
    input,
    found,
    `class ${JSON.stringify(value)} has no probability column (the probability columns ${input.probabilities
      .map((c) => `"${c.name}"`)
      .join(
        ", ",
      )} cover ${[...layout.byClass.keys()].join(", ") || "no class in the file"}; not covered: ${missing.join(", ")}). Add a column p_<class> for every class.`,
    field,
  );
}

export async function throwOutOfRange(sql: Sql, input: PredictionInput): Promise<never> {
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
  throw rowError(
    input,
    found,
    `the probability ${String(found?.values[column?.name ?? ""])} is outside [0, 1].`,
    column?.name,
  );
}

export async function throwBadSum(sql: Sql, input: PredictionInput): Promise<never> {
  const sum = `(${input.probabilities.map((c) => probability(c.name)).join(" + ")})`;
  const found = await findFirstRow(sql, input.view, `abs(${sum} - 1) > ${PROBABILITY_TOLERANCE}`);
  const total = input.probabilities.reduce((acc, c) => acc + Number(found?.values[c.name]), 0);
  throw rowError(
    input,
    found,
    `the probabilities (${input.probabilities.map((c) => c.name).join(" + ")}) sum to ${total}, not 1 (tolerance ${PROBABILITY_TOLERANCE}). Each row's class probabilities must sum to 1.`,
  );
}
