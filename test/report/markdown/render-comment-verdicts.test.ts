/** renderComment's verdicts on rules not judged and the like, and its size budget. */
import { describe, expect, it } from "@jest/globals";
import {
  type CommentInput,
  commentVerdict,
  GITHUB_COMMENT_LIMIT,
  renderComment,
} from "../../../src/report/markdown/render-comment.js";
import type { RuleResult } from "../../../src/report/types.js";
import { buildReport, checkResult, dataReport, modelReport } from "../../app/helpers/build-report.js";
import { expectInertMarkdown, tableRows } from "../../app/helpers/markdown-checks.js";
import { input, METRIC_HEADER, variant } from "./comment-input-builders.js";

describe("renderComment", () => {
  describe("verdicts you can trust", () => {
    const notEvaluated: RuleResult = {
      metric: "accuracy",
      rule: "max-drop",
      threshold: 0.01,
      value: 0.91,
      baseline: null,
      delta: null,
      passed: false,
      state: "not-evaluated",
      reason: "no-baseline",
    };
    const met: RuleResult = {
      ...notEvaluated,
      rule: "min",
      threshold: 0.85,
      passed: true,
      state: "passed",
      reason: null,
    };

    it.each([
      ["as written now", notEvaluated],
      // A report written before rule states said passed: true with baseline null.
      [
        "from a report written before rule states",
        { ...notEvaluated, passed: true, state: undefined, reason: undefined },
      ],
    ])("a rule with nothing to compare against is not evaluated, not ✅ (%s)", (_, rule) => {
      const head = buildReport({
        model: modelReport({ baseline: null, baseline_ref: null, rules: [met, rule] }),
      });
      const text = renderComment(input({ variants: [{ name: null, head, base: null }] }));
      // The finding: ✅ and "2/2 rules met".
      expect(text).not.toContain("2/2");
      expect(text).toMatch(/^\*\*Passed\*\* · .* · 1 rule met, 1 not evaluated&#58; no baseline · /m);
      expect(tableRows(text, METRIC_HEADER)[0]?.[4]).toBe(
        "✅ min 0.85<br>⚪ max-drop 0.01 &#40;not evaluated&#58; no baseline&#41;",
      );
      expect(commentVerdict(input({ variants: [{ name: null, head, base: null }] })).title).toBe(
        "Passed (1 rule not evaluated: no baseline)",
      );
      expectInertMarkdown(text);
    });

    it("a rule failed for want of a baseline (model.require-baseline) says so in the title", () => {
      const failed = { ...notEvaluated, state: "failed" as const };
      const head = buildReport({
        passed: false,
        model: modelReport({ passed: false, baseline: null, rules: [met, failed] }),
      });
      const verdict = commentVerdict(input({ variants: [{ name: null, head, base: null }] }));
      expect(verdict.title).toBe(
        "Failed: rule failed: accuracy max-drop 0.01: no baseline (model.require-baseline)",
      );
    });

    it("float noise is ±0, uncoloured; sign and percent agree", () => {
      // The finding: brier | 0.04165 | 0.04165 | +6.939e-18 (−0.0%) 🔴
      const head = buildReport({
        model: modelReport({ metrics: { brier: 0.04165 + 6.939e-18, log_loss: 0.25 }, rules: [] }),
      });
      const base = buildReport({ model: modelReport({ metrics: { brier: 0.04165, log_loss: 0.3 } }) });
      const rows = tableRows(renderComment(input({ variants: [{ name: null, head, base }] })), METRIC_HEADER);
      expect(rows).toEqual([
        ["brier", "0.04165", "0.04165", "±0", ""],
        ["log&#95;loss", "0.3", "0.25", "−0.05 (−16.7%) 🟢", ""],
      ]);
    });

    it("shows the params diff against the run's own baseline with no metrics at all", () => {
      // The finding: a parameter change was hidden when there were no metrics.
      const head = buildReport({
        model: modelReport({
          metrics: {},
          baseline: null,
          rules: [],
          params: { lr: 0.02, depth: 6 },
          params_baseline: { lr: 0.01, depth: 6 },
          params_changes: [{ name: "lr", change: "changed", base: 0.01, head: 0.02 }],
        }),
      });
      const text = renderComment(input({ variants: [{ name: null, head, base: null }] }));
      expect(tableRows(text, ["Parameter", "base", "head"])).toEqual([["lr", "0.01", "0.02"]]);
      expect(text).toContain("Parameters&#58; 1 changed of 2");
    });

    it("with no baseline for the params, counts them rather than call every one changed", () => {
      const head = buildReport({
        model: modelReport({
          baseline: null,
          params: { lr: 0.02, depth: 6 },
          params_baseline: {},
          params_changes: null,
        }),
      });
      const text = renderComment(input({ variants: [{ name: null, head, base: null }] }));
      expect(text).toContain("**Parameters:** 2, no baseline to compare them with.");
      expect(() => tableRows(text, ["Parameter", "base", "head"])).toThrow();
    });
  });

  describe("size", () => {
    const huge = (): CommentInput => {
      const metrics = Object.fromEntries(
        Array.from({ length: 400 }, (_, i) => [`metric_${i}[slice=${"x".repeat(60)}${i}]`, i / 7]),
      );
      const checks = Array.from({ length: 200 }, (_, i) =>
        checkResult({
          id: `check_${i}_${"|".repeat(50)}`,
          success: false,
          samples: [{ row: i, value: "<".repeat(30) }],
        }),
      );
      const data = Array.from({ length: 30 }, (_, i) =>
        dataReport({ dataset: `dataset_${i}`, valid: false, checks }),
      );
      const head = buildReport({ data, model: modelReport({ metrics, passed: false }) });
      return input({ variants: [{ name: null, head, base: null }, variant("b", { data })] });
    };

    it("stays under GitHub's limit, cutting whole sections with a note that names them", () => {
      const text = renderComment(huge());
      expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
      expect(text).toMatch(/> ✂️ \*\*Cut to fit GitHub's 65536-character limit\.\*\* Left out: .*Data/);
      expect(text).toMatch(/^\*\*Failed\*\*/m);
      expect(text).toContain("[Workflow run 77]");
      expectInertMarkdown(text, { links: 2 });
    });

    it("honours a smaller limit (a check run's summary) the same way", () => {
      const text = renderComment({ ...huge(), limit: 8000 });
      expect(text.length).toBeLessThanOrEqual(8000);
      expect(text).toContain("Cut to fit GitHub's 8000-character limit");
      expectInertMarkdown(text, { links: 2 });
    });

    it("does not cut what fits", () => {
      expect(renderComment(input())).not.toContain("Cut to fit");
    });
  });
});
