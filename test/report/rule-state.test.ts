import { describe, expect, test } from "@jest/globals";
import { describeReason, rulesHeadline, tallyRules } from "../../src/report/rule-state.js";
import type { RuleResult } from "../../src/report/types.js";

const rule = (state: RuleResult["state"], reason: string | null = null): RuleResult => ({
  metric: "m",
  rule: state === "not-evaluated" ? "max-drop" : "min",
  threshold: 0,
  value: 1,
  passed: state === "passed",
  state,
  reason,
});

describe("rulesHeadline", () => {
  test.each([
    [[], ""],
    [[rule("passed")], "1 rule met"],
    [[rule("passed"), rule("passed")], "2 rules met"],
    // The finding: "2/2 rules met" when one rule had no baseline to compare with.
    [
      [rule("passed"), rule("passed"), rule("not-evaluated", "no-baseline")],
      "2 rules met, 1 not evaluated: no baseline",
    ],
    [
      [
        rule("failed"),
        rule("passed"),
        rule("not-evaluated", "no-baseline"),
        rule("not-evaluated", "not-in-baseline"),
      ],
      "1 of 4 rules failed, 2 not evaluated: no baseline, not in the baseline",
    ],
    [[rule("not-evaluated", "no-baseline")], "0 rules met, 1 not evaluated: no baseline"],
  ])("%#: %s", (rules, text) => {
    expect(rulesHeadline(rules)).toBe(text);
  });
});

describe("tallyRules and describeReason", () => {
  test("counts each state; reasons once each, in words", () => {
    expect(
      tallyRules([
        rule("passed"),
        rule("not-evaluated", "no-baseline"),
        rule("not-evaluated", "no-baseline"),
        rule("failed"),
      ]),
    ).toEqual({ passed: 1, failed: 1, notEvaluated: 2, reasons: ["no baseline"] });
  });

  test("a reason from a later writer is shown as it is", () => {
    expect(describeReason("metric-missing")).toBe("metric missing");
    expect(describeReason("baseline-too-old")).toBe("baseline too old");
  });
});
