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
      "Metric              base  head                Change  Rule",
      "──────────────────  ────  ────  ────────────────────  ───────────────",
      "accuracy (primary)  0.86  0.84   −0.02 (−2.3%) worse  ✗ max-drop 0.01",
      "log_loss             0.2  0.25  +0.05 (+25.0%) worse",
      "",
      "Params changed:",
      "Param  base  head  Change",
      "─────  ────  ────  ───────",
      "lr     0.01  0.02  changed",
      "",
      "Failing tests (1):",
      "  ✗ test_floor",
      "      assert 0.7 >= 0.8",
      "Note: Baseline: the files at origin/main (abc1234).",
      "",
    ]);
  });

  test("a rule with no baseline is shown as not evaluated, never ticked", () => {
    const text = renderModelText(
      buildModelReport({
        metrics: { accuracy: 0.9 },
        rules: [
          {
            metric: "accuracy",
            rule: "min",
            threshold: 0.8,
            value: 0.9,
            passed: true,
            state: "passed",
            reason: null,
          },
          {
            metric: "accuracy",
            rule: "max-drop",
            threshold: 0.01,
            value: 0.9,
            baseline: null,
            delta: null,
            passed: false,
            state: "not-evaluated",
            reason: "no-baseline",
          },
        ],
      }),
    );
    expect(text).toMatch(/^✓ model: passed — 1 rule met, 1 not evaluated: no baseline, 1 metrics$/m);
    expect(text).toMatch(
      /accuracy +— +0\.9 +new +✓ min 0\.8 +○ max-drop 0\.01 \(not evaluated: no baseline\)$/m,
    );
    expect(text).not.toMatch(/✓ max-drop/);
  });

  test("a failure message as the runner wrote it: every line, nothing escaped", () => {
    const message = "AssertionError: deliberate failure\nassert 1 == 2\n<b>&amp;</b> `x` | @octocat";
    const text = renderModelText(
      buildModelReport({
        passed: false,
        tests: {
          passed: 0,
          failed: 1,
          skipped: 0,
          failures: [{ name: "t.test_x", message, file: "t.py", line: 3 }],
        },
      }),
    );
    expect(text).toContain(
      [
        "  ✗ t.test_x (t.py:3)",
        "      AssertionError: deliberate failure",
        "      assert 1 == 2",
        "      <b>&amp;</b> `x` | @octocat",
      ].join("\n"),
    );
  });

  test("the params diff shows without metrics", () => {
    const text = renderModelText(
      buildModelReport({
        params: { lr: 0.02, depth: 6 },
        params_baseline: { lr: 0.01, depth: 6 },
        params_changes: [{ name: "lr", change: "changed", base: 0.01, head: 0.02 }],
      }),
    );
    expect(text).toContain(
      "Params changed:\nParam  base  head  Change\n─────  ────  ────  ───────\nlr     0.01  0.02  changed",
    );
  });
});
