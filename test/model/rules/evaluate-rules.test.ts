import { describe, expect, test } from "@jest/globals";
import type { MetricRule } from "../../../src/config/schema.js";
import { evaluateRules } from "../../../src/model/rules/evaluate-rules.js";

const rule = (r: MetricRule): MetricRule => r;
const judged = (passed: boolean) => ({ passed, state: passed ? "passed" : "failed", reason: null });

describe("evaluateRules: one result per bound", () => {
  test.each([
    [
      "min met",
      { acc: 0.9 },
      null,
      { acc: rule({ min: 0.85 }) },
      [{ rule: "min", threshold: 0.85, passed: true }],
    ],
    ["min met exactly", { acc: 0.85 }, null, { acc: rule({ min: 0.85 }) }, [{ rule: "min", passed: true }]],
    ["min missed", { acc: 0.8 }, null, { acc: rule({ min: 0.85 }) }, [{ rule: "min", passed: false }]],
    ["max met", { loss: 0.3 }, null, { loss: rule({ max: 0.5 }) }, [{ rule: "max", passed: true }]],
    ["max missed", { loss: 0.6 }, null, { loss: rule({ max: 0.5 }) }, [{ rule: "max", passed: false }]],
    [
      "max-drop within (0.86 → 0.85 is a drop of 0.01 up to rounding)",
      { acc: 0.85 },
      { acc: 0.86 },
      { acc: rule({ "max-drop": 0.01 }) },
      [{ rule: "max-drop", threshold: 0.01, baseline: 0.86, delta: 0.85 - 0.86, passed: true }],
    ],
    [
      "max-drop exceeded",
      { acc: 0.84 },
      { acc: 0.86 },
      { acc: rule({ "max-drop": 0.01 }) },
      [{ rule: "max-drop", passed: false }],
    ],
    [
      "max-drop on a rise",
      { acc: 0.95 },
      { acc: 0.86 },
      { acc: rule({ "max-drop": 0 }) },
      [{ rule: "max-drop", passed: true }],
    ],
    [
      "max-rise within",
      { loss: 0.305 },
      { loss: 0.3 },
      { loss: rule({ "max-rise": 0.01 }) },
      [{ rule: "max-rise", passed: true }],
    ],
    [
      "max-rise exceeded",
      { loss: 0.32 },
      { loss: 0.3 },
      { loss: rule({ "max-rise": 0.01 }) },
      [{ rule: "max-rise", passed: false }],
    ],
    [
      "relative rise within 5% (0.2 → 0.21 is exactly 5%)",
      { log_loss: 0.21 },
      { log_loss: 0.2 },
      { log_loss: rule({ better: "lower", "max-rise": "5%" }) },
      [{ rule: "max-rise%", threshold: 5, baseline: 0.2, passed: true }],
    ],
    [
      "relative rise over 5%",
      { log_loss: 0.2101 },
      { log_loss: 0.2 },
      { log_loss: rule({ "max-rise": "5%" }) },
      [{ rule: "max-rise%", passed: false }],
    ],
    [
      "relative drop of 2.5% allowed",
      { acc: 0.78 },
      { acc: 0.8 },
      { acc: rule({ "max-drop": "2.5%" }) },
      [{ rule: "max-drop%", threshold: 2.5, passed: true }],
    ],
    [
      "relative drop of 3% refused",
      { acc: 0.776 },
      { acc: 0.8 },
      { acc: rule({ "max-drop": "2.5%" }) },
      [{ rule: "max-drop%", passed: false }],
    ],
    [
      "relative against a zero baseline: a rise is refused",
      { e: 0.1 },
      { e: 0 },
      { e: rule({ "max-rise": "50%" }) },
      [{ rule: "max-rise%", passed: false }],
    ],
    [
      "relative against a zero baseline: no change passes",
      { e: 0 },
      { e: 0 },
      { e: rule({ "max-rise": "50%" }) },
      [{ rule: "max-rise%", passed: true }],
    ],
    [
      "no baseline: the change cannot be judged: not evaluated, never a pass",
      { acc: 0.5 },
      null,
      { acc: rule({ "max-drop": 0.01 }) },
      [
        {
          rule: "max-drop",
          baseline: null,
          delta: null,
          state: "not-evaluated",
          reason: "no-baseline",
          passed: false,
        },
      ],
    ],
    [
      "a baseline without this metric: not evaluated, and said so",
      { acc: 0.5 },
      { auc: 0.9 },
      { acc: rule({ "max-drop": 0.01 }) },
      [
        {
          rule: "max-drop",
          baseline: null,
          state: "not-evaluated",
          reason: "not-in-baseline",
          passed: false,
        },
      ],
    ],
    [
      "a baseline value that is not a number is none",
      { acc: 0.5 },
      { acc: Number.NaN },
      { acc: rule({ "max-rise": "5%" }) },
      [{ rule: "max-rise%", state: "not-evaluated", reason: "not-in-baseline" }],
    ],
    [
      "min and max need no baseline: judged as usual beside a change rule that is not",
      { acc: 0.5 },
      null,
      { acc: rule({ min: 0.6, max: 0.9, "max-drop": 0.01 }) },
      [
        { rule: "min", state: "failed", reason: null, passed: false },
        { rule: "max", state: "passed", reason: null, passed: true },
        { rule: "max-drop", state: "not-evaluated" },
      ],
    ],
    [
      "a NaN metric fails its bounds (a broken evaluation is no pass)",
      { acc: Number.NaN },
      null,
      { acc: rule({ min: 0.6 }) },
      [{ rule: "min", state: "failed", passed: false }],
    ],
    [
      "every bound of one rule, in order",
      { acc: 0.9 },
      { acc: 0.92 },
      { acc: rule({ min: 0.85, max: 0.99, "max-drop": 0.01 }) },
      [
        { rule: "min", passed: true },
        { rule: "max", passed: true },
        { rule: "max-drop", passed: false },
      ],
    ],
    ["better alone checks nothing", { acc: 0.1 }, { acc: 0.9 }, { acc: rule({ better: "higher" }) }, []],
  ])("%s", (_, metrics, baseline, rules, expected) => {
    const { results } = evaluateRules({ metrics, baseline, rules });
    expect(results).toHaveLength(expected.length);
    expected.forEach((partial, i) => {
      expect(results[i]).toMatchObject(partial);
    });
  });

  test("a slice pattern checks every slice, each its own result against its own baseline", () => {
    const metrics = {
      recall: 0.8,
      "recall[region=EU]": 0.75,
      "recall[region=US]": 0.65,
      "recall[plan=pro]": 0.1,
    };
    const baseline = { "recall[region=EU]": 0.7, "recall[region=US]": 0.72 };
    const { results } = evaluateRules({
      metrics,
      baseline,
      rules: { "recall[region=*]": { min: 0.7, "max-drop": 0.05 } },
    });
    expect(results).toEqual([
      { ...judged(true), metric: "recall[region=EU]", rule: "min", threshold: 0.7, value: 0.75 },
      {
        metric: "recall[region=EU]",
        rule: "max-drop",
        threshold: 0.05,
        value: 0.75,
        baseline: 0.7,
        delta: 0.75 - 0.7,
        ...judged(true),
      },
      { ...judged(false), metric: "recall[region=US]", rule: "min", threshold: 0.7, value: 0.65 },
      {
        metric: "recall[region=US]",
        rule: "max-drop",
        threshold: 0.05,
        value: 0.65,
        baseline: 0.72,
        delta: 0.65 - 0.72,
        ...judged(false),
      },
    ]);
  });
});

describe("evaluateRules: a rule with nothing to compare against", () => {
  const input = { metrics: { accuracy: 0.9 }, rules: { accuracy: rule({ "max-drop": 0.01 }) } };

  test("is not evaluated by default, and passed is false for readers that know only passed", () => {
    const [result] = evaluateRules({ ...input, baseline: null }).results;
    expect(result).toMatchObject({ state: "not-evaluated", reason: "no-baseline", passed: false });
  });

  test("fails under model.require-baseline, with the same reason", () => {
    for (const baseline of [null, { auc: 0.8 }]) {
      const [result] = evaluateRules({ ...input, baseline, requireBaseline: true }).results;
      expect(result).toMatchObject({ state: "failed", passed: false });
      expect(result?.reason).toBe(baseline ? "not-in-baseline" : "no-baseline");
    }
  });

  test("require-baseline changes nothing when there is a baseline value", () => {
    const [result] = evaluateRules({ ...input, baseline: { accuracy: 0.9 }, requireBaseline: true }).results;
    expect(result).toMatchObject({ state: "passed", reason: null, passed: true });
  });

  test("every result has a state, and passed is true exactly when the state is passed", () => {
    const { results } = evaluateRules({
      metrics: { a: 0.5, b: 0.9, c: 0.2 },
      baseline: { a: 0.6, c: 0.1 },
      rules: {
        a: rule({ min: 0.4, "max-drop": 0.05 }),
        b: rule({ max: 0.8, "max-drop": "1%" }),
        c: rule({ "max-rise": 0.2 }),
      },
    });
    expect(results.map((r) => r.state)).toEqual(["passed", "failed", "failed", "not-evaluated", "passed"]);
    for (const result of results) expect(result.passed).toBe(result.state === "passed");
  });
});

describe("evaluateRules: directions and warnings", () => {
  test("directions come from the names, and a rule's better: overrides them", () => {
    const { directions } = evaluateRules({
      metrics: { accuracy: 0.9, loss: 0.2, epochs: 3, score_gap: 0.1 },
      baseline: { rmse: 1 },
      rules: { score_gap: { better: "lower" } },
    });
    expect(directions).toEqual({ accuracy: "higher", loss: "lower", rmse: "lower", score_gap: "lower" });
  });

  test.each([
    ["log_loss", rule({ "max-drop": 0.01 }), /did you mean max-rise\?/],
    ["accuracy", rule({ "max-rise": 0.01 }), /did you mean max-drop\?/],
    ["custom", rule({ better: "lower", "max-drop": 0.01 }), /max-drop limits a fall, but lower is better/],
  ])("%s with %j is warned about", (name, r, message) => {
    const { warnings } = evaluateRules({ metrics: { [name]: 1 }, baseline: null, rules: { [name]: r } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(message);
  });

  test("a rule that agrees with the direction draws no warning", () => {
    const { warnings } = evaluateRules({
      metrics: { accuracy: 1, log_loss: 1 },
      baseline: null,
      rules: { accuracy: { "max-drop": 0.01 }, log_loss: { "max-rise": "5%" } },
    });
    expect(warnings).toEqual([]);
  });
});
