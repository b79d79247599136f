import { describe, expect, test } from "@jest/globals";
import { PREDICTION_METRIC_NAMES } from "../../../src/model/metrics/prediction-metric-names.js";
import { checkMetricNames } from "../../../src/model/rules/check-metric-names.js";

const available = ["accuracy", "f1_macro", "eval.auc", "recall", "recall[region=EU]", "recall[region=US]"];

describe("checkMetricNames", () => {
  test("names that exist (exact, or a slice pattern with slices) are fine", () => {
    expect(
      checkMetricNames({
        ruleKeys: ["accuracy", "eval.auc", "recall[region=*]", "recall[region=EU]"],
        primary: "f1_macro",
        available,
        sources: "metrics.json",
      }),
    ).toEqual([]);
  });

  test("a metric named in the rules but absent from the files says so and lists what is there", () => {
    expect(checkMetricNames({ ruleKeys: ["throughput"], available, sources: "metrics.json" })).toEqual([
      {
        keyPath: 'model.rules."throughput"',
        message:
          'metric "throughput" is named in the rules but absent from metrics.json (they hold: accuracy, f1_macro, eval.auc, recall, recall[region=EU], recall[region=US]). Write it in your evaluation, or remove it from the rules.',
      },
    ]);
  });

  test("an unknown metric name close to a real one gets the nearest name as a hint", () => {
    expect(checkMetricNames({ ruleKeys: ["acuracy"], available, sources: "metrics.json" })).toEqual([
      {
        keyPath: 'model.rules."acuracy"',
        message: 'unknown metric "acuracy" in the rules. Did you mean "accuracy"?',
      },
    ]);
  });

  test("with predictions, the hint also knows the metric names Slipway computes", () => {
    const [problem] = checkMetricNames({
      ruleKeys: ["balanced_acuracy"],
      available: ["accuracy"],
      known: PREDICTION_METRIC_NAMES,
      sources: "reports/predictions.csv",
    });
    expect(problem?.message).toBe(
      'unknown metric "balanced_acuracy" in the rules. Did you mean "balanced_accuracy"?',
    );
  });

  test("a slice pattern with no such slices says which slices exist", () => {
    expect(
      checkMetricNames({ ruleKeys: ["recall[plan=*]", "recall[region=APAC]"], available, sources: "p.csv" }),
    ).toEqual([
      {
        keyPath: 'model.rules."recall[plan=*]"',
        message:
          'rule "recall[plan=*]" matches no metric: there are no slices by "plan"; add it to model.predictions.slices.',
      },
      {
        keyPath: 'model.rules."recall[region=APAC]"',
        message:
          'rule "recall[region=APAC]" matches no metric: there is no slice region=APAC; slices by region: EU, US.',
      },
    ]);
  });

  test("a primary metric that does not exist is named under model.primary", () => {
    expect(checkMetricNames({ ruleKeys: [], primary: "f1_mcro", available, sources: "m.json" })).toEqual([
      {
        keyPath: "model.primary",
        message: 'unknown metric "f1_mcro" in model.primary. Did you mean "f1_macro"?',
      },
    ]);
  });

  test("with no metrics at all, the message says the files hold none", () => {
    const [problem] = checkMetricNames({ ruleKeys: ["zzz_latency_p99"], available: [], sources: "m.json" });
    expect(problem?.message).toContain("absent from m.json (they hold no metrics)");
  });
});
