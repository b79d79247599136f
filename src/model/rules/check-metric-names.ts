/**
 * Every metric the config names (rule keys and `primary`) must exist, or the bar silently checks
 * nothing. Two different mistakes get two different messages: a name close to a real one is a
 * typo ("Did you mean f1_macro?"); a name that is nowhere near is a metric the evaluation did
 * not write.
 */
import { nearestKey } from "../../config/nearest-key.js";
import { matchRuleKey, parseMetricName } from "./metric-name.js";

export interface MetricNameProblem {
  /** Key path in the config: model.rules."recall[region=*]", model.primary. */
  keyPath: string;
  message: string;
}

export interface MetricNameInput {
  ruleKeys: readonly string[];
  primary?: string;
  /** The metric names the head has. */
  available: readonly string[];
  /** Names that exist in principle (metrics computed from predictions), for typo hints. */
  known?: readonly string[];
  /** Where the metrics came from, for the message: "metrics.json and eval.yaml". */
  sources: string;
}

export function checkMetricNames(input: MetricNameInput): MetricNameProblem[] {
  const problems: MetricNameProblem[] = [];
  const bases = [...new Set(input.available.map((name) => parseMetricName(name).base))];
  const candidates = [...new Set([...input.available, ...bases, ...(input.known ?? [])])];
  const check = (name: string, keyPath: string, what: string) => {
    if (matchRuleKey(name, input.available).length > 0) return;
    const parsed = parseMetricName(name);
    const { slice } = parsed;
    if (slice && bases.includes(parsed.base)) {
      const values = input.available.flatMap((metric) => {
        const other = parseMetricName(metric).slice;
        return other?.column === slice.column ? [other.value] : [];
      });
      const detail =
        values.length === 0
          ? `there are no slices by "${slice.column}"; add it to model.predictions.slices.`
          : `there is no slice ${slice.column}=${slice.value}; slices by ${slice.column}: ${[...new Set(values)].join(", ")}.`;
      const label = what === "the rules" ? "rule" : what;
      problems.push({ keyPath, message: `${label} "${name}" matches no metric: ${detail}` });
      return;
    }
    const hint = nearestKey(
      parsed.base,
      candidates.filter((c) => c !== parsed.base),
    );
    if (hint && !input.available.includes(parsed.base)) {
      problems.push({ keyPath, message: `unknown metric "${name}" in ${what}. Did you mean "${hint}"?` });
      return;
    }
    const have =
      input.available.length > 0 ? `they hold: ${preview(input.available)}` : "they hold no metrics";
    problems.push({
      keyPath,
      message: `metric "${name}" is named in ${what} but absent from ${input.sources} (${have}). Write it in your evaluation, or remove it from ${what}.`,
    });
  };
  for (const key of input.ruleKeys) check(key, `model.rules."${key}"`, "the rules");
  if (input.primary !== undefined) check(input.primary, "model.primary", "model.primary");
  return problems;
}

function preview(names: readonly string[]): string {
  const shown = names.slice(0, 12).join(", ");
  return names.length > 12 ? `${shown}, … ${names.length - 12} more` : shown;
}
