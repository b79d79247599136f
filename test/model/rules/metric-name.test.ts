import { describe, expect, test } from "@jest/globals";
import { isSlicePattern, matchRuleKey, parseMetricName } from "../../../src/model/rules/metric-name.js";

describe("parseMetricName", () => {
  test.each([
    ["accuracy", { base: "accuracy", slice: null }],
    ["eval.auc", { base: "eval.auc", slice: null }],
    ["recall[region=EU]", { base: "recall", slice: { column: "region", value: "EU" } }],
    ["recall[region=]", { base: "recall", slice: { column: "region", value: "" } }],
    ["f1[plan=a=b]", { base: "f1", slice: { column: "plan", value: "a=b" } }],
    ["recall[region=*]", { base: "recall", slice: { column: "region", value: "*" } }],
  ])("%s", (name, expected) => {
    expect(parseMetricName(name)).toEqual(expected);
  });
});

describe("matchRuleKey", () => {
  const names = ["recall", "recall[region=EU]", "recall[region=US]", "recall[plan=pro]", "f1[region=EU]"];
  test.each([
    ["recall", ["recall"]],
    ["recall[region=*]", ["recall[region=EU]", "recall[region=US]"]],
    ["recall[region=US]", ["recall[region=US]"]],
    ["recall[plan=*]", ["recall[plan=pro]"]],
    ["recall[tier=*]", []],
    ["precision", []],
  ])("%s", (key, expected) => {
    expect(matchRuleKey(key, names)).toEqual(expected);
  });

  test.each([
    ["recall[region=*]", true],
    ["recall[region=EU]", false],
    ["recall", false],
  ])("isSlicePattern(%s) is %s", (key, expected) => {
    expect(isSlicePattern(key)).toBe(expected);
  });
});
