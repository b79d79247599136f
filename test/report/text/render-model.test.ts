import { describe, expect, test } from "@jest/globals";
import { renderModelText } from "../../../src/report/text/render-model.js";
import { buildModelReport } from "../../model/helpers/build-model-report.js";

describe("renderModelText", () => {
  test("verdict, aligned table with rules, params, failures and notes", () => {
    const text = renderModelText(
      buildModelReport({
        passed: false,
        tests: {
          passed: 2,
          failed: 1,
          skipped: 0,
          failures: [{ name: "test_floor", message: "assert 0.7 >= 0.8" }],
        },
        metrics: { accuracy: 0.84, log_loss: 0.25 },
        baseline: { accuracy: 0.86, log_loss: 0.2 },
        baseline_ref: "origin/main",
        primary: "accuracy",
        directions: { accuracy: "higher", log_loss: "lower" },
        rules: [
          {
            metric: "accuracy",
            rule: "max-drop",
            threshold: 0.01,
            value: 0.84,
            baseline: 0.86,
            delta: -0.02,
            passed: false,
          },
        ],
        params: { lr: 0.02 },
        params_baseline: { lr: 0.01 },
        notes: ["Baseline: the files at origin/main (abc1234)."],
      }),
    );
    expect(text.split("\n")).toEqual([
      "✗ model: failed — 1 of 1 rules failed, 1 of 3 tests failed, 2 metrics",
      "Compared with origin/main.",
      "",
      "Metric              base  head                 Change  Rule",
      "──────────────────  ────  ────  ─────────────────────  ───────────────",
      "accuracy (primary)  0.86  0.84  −0.02 (−2.326%) worse  ✗ max-drop 0.01",
      "log_loss             0.2  0.25     +0.05 (+25%) worse",
      "",
      "Params changed:",
      "Param  base  head  Change",
      "─────  ────  ────  ───────",
      "lr     0.01  0.02  changed",
      "",
      "Failing tests (1):",
      "  ✗ test_floor: assert 0.7 >= 0.8",
      "Note: Baseline: the files at origin/main (abc1234).",
      "",
    ]);
  });
});
