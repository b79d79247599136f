import { describe, expect, test } from "@jest/globals";
import { renderModelMarkdown } from "../../../src/report/markdown/render-model.js";
import { expectInertMarkdown } from "../../app/helpers/markdown-checks.js";
import { liveProblems } from "../../app/helpers/render-gfm.js";
import { buildModelReport } from "../../model/helpers/build-model-report.js";
import { renderedCodeBlocks } from "../helpers/code-blocks.js";

const failing = buildModelReport({
  passed: false,
  tests: {
    passed: 11,
    failed: 1,
    skipped: 0,
    failures: [
      { name: "tests.test_model.test_floor", message: "assert 0.7 >= 0.8", file: "tests/test_model.py" },
    ],
  },
  metrics: { accuracy: 0.84, log_loss: 0.2, "recall[region=EU]": 0.75 },
  baseline: { accuracy: 0.86, log_loss: 0.2, "recall[region=EU]": 0.7 },
  baseline_ref: "origin/main",
  primary: "accuracy",
  directions: { accuracy: "higher", log_loss: "lower", "recall[region=EU]": "higher" },
  rules: [
    { metric: "accuracy", rule: "min", threshold: 0.8, value: 0.84, passed: true },
    {
      metric: "accuracy",
      rule: "max-drop",
      threshold: 0.01,
      value: 0.84,
      baseline: 0.86,
      delta: -0.02,
      passed: false,
    },
    {
      metric: "log_loss",
      rule: "max-rise%",
      threshold: 5,
      value: 0.2,
      baseline: 0.2,
      delta: 0,
      passed: true,
    },
  ],
  params: { "train.lr": 0.02, seed: 1 },
  params_baseline: { "train.lr": 0.01 },
  notes: ["Baseline: the files at origin/main (abc1234)."],
});

describe("renderModelMarkdown", () => {
  const markdown = renderModelMarkdown(failing);

  test("verdict and what it was compared with", () => {
    expect(markdown.split("\n").slice(0, 5)).toEqual([
      "#### ❌ Model",
      "",
      "failed — 1 of 3 rules failed, 1 of 12 tests failed, 3 metrics",
      "",
      "Compared with <code>origin/main</code>.",
    ]);
  });

  test("Metric | base | head | Change | Rule, primary first, with ✓/✗ per rule", () => {
    const lines = markdown.split("\n");
    const start = lines.indexOf("| Metric | base | head | Change | Rule |");
    expect(lines.slice(start, start + 5)).toEqual([
      "| Metric | base | head | Change | Rule |",
      "| :-- | --: | --: | --: | :-- |",
      "| **accuracy** (primary) | 0.86 | 0.84 | −0.02 &#40;−2.3%&#41; worse | ✓ min 0.8 · ✗ max-drop 0.01 |",
      "| log&#95;loss | 0.2 | 0.2 | ±0 | ✓ max-rise 5% |",
      "| recall&#91;region&#61;EU&#93; | 0.7 | 0.75 | &#43;0.05 &#40;&#43;7.1%&#41; better |  |",
    ]);
  });

  test("changed params, as dvc params diff", () => {
    expect(markdown).toContain("<summary>2 params changed</summary>");
    expect(markdown).toContain("| seed | — | 1 | added |");
    expect(markdown).toContain("| train.lr | 0.01 | 0.02 | changed |");
  });

  test("failing tests, named, with the message in a code block", () => {
    expect(markdown).toContain("**Failing tests (1)**");
    expect(markdown).toContain(
      "✗ **tests.test&#95;model.test&#95;floor** (tests/test&#95;model.py)\n\n```\nassert 0.7 >= 0.8\n```",
    );
  });

  test("notes are listed", () => {
    // A zero-width joiner inside the hex run: GitHub links no SHA from report text.
    expect(markdown).toContain("- Baseline&#58; the files at origin/main &#40;abc123\u200d4&#41;.");
  });

  test("no baseline is said, and params are not diffed against nothing", () => {
    const text = renderModelMarkdown(
      buildModelReport({ metrics: { auc: 0.9 }, params: { lr: 1 }, notes: ["No baseline from x."] }),
    );
    expect(text).toContain("No baseline&#58; compared with nothing.");
    expect(text).toContain("| auc | — | 0.9 | new |  |");
    expect(text).not.toContain("params changed");
  });

  test("a confusion matrix is folded under its own heading", () => {
    const text = renderModelMarkdown(
      buildModelReport({
        confusion: {
          labels: ["0", "1"],
          matrix: [
            [5, 1],
            [2, 7],
          ],
        },
      }),
    );
    expect(text).toContain("<summary>Confusion matrix</summary>");
    expect(text).toContain("| **0** | 5 | 1 |");
    expect(text).toContain("| **1** | 2 | 7 |");
  });

  test("hostile names from a fork cannot break the table, mention people or inject HTML", () => {
    const text = renderModelMarkdown(
      buildModelReport({
        metrics: { "acc|evil": 1, "@octocat <img src=x onerror=alert(1)>": 2 },
        tests: {
          passed: 0,
          failed: 1,
          skipped: 0,
          failures: [{ name: "t\n| injected | row |", message: "[click](https://evil.example) #1" }],
        },
        params: { "x|y": "<script>" },
        params_baseline: {},
        baseline: {},
      }),
    );
    expectInertMarkdown(text, { links: 0 });
    expect(text).not.toMatch(/acc\|evil/);
    expect(text).not.toMatch(/\n\| injected/);
    // Every row keeps its table's cell count; the failure's text is a code block, where nothing is live.
    const rows = text.split("\n").filter((l) => l.startsWith("| "));
    expect(rows.filter((l) => l.includes("evil")).map((l) => l.split(" | ").length)).toEqual([5]);
    expect(liveProblems(text)).toEqual([]);
    expect(renderedCodeBlocks(text)).toEqual(["[click](https://evil.example) #1"]);
  });

  test("failure messages render on GitHub exactly as written (pytest, testthat, unittest)", () => {
    const messages = [
      "AssertionError: deliberate failure\nassert 1 == 2",
      "bad <b>html</b> & `code` ``` | pipe\n@octocat &amp; &#10; <!-- x --> #1\n````\n    ```",
      "Expected `x` to be TRUE. ('reporters/tests.R:13:3')",
      'Traceback (most recent call last):\n  File "t.py", line 3\nAssertionError',
    ];
    const text = renderModelMarkdown(
      buildModelReport({
        passed: false,
        tests: {
          passed: 0,
          failed: messages.length,
          skipped: 0,
          failures: messages.map((message, i) => ({ name: `t${i}`, message })),
        },
      }),
    );
    expectInertMarkdown(text, { links: 0 });
    expect(renderedCodeBlocks(text)).toEqual(messages);
    expect(liveProblems(text)).toEqual([]);
  });

  test("a rule with no baseline is not evaluated: ⚪ and said why, never ✓", () => {
    const text = renderModelMarkdown(
      buildModelReport({
        metrics: { auc: 0.9 },
        rules: [
          {
            metric: "auc",
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
    expect(text).toContain("passed — 0 rules met, 1 not evaluated&#58; no baseline, 1 metrics");
    expect(text).toContain(
      "| auc | — | 0.9 | new | ⚪ max-drop 0.01 &#40;not evaluated&#58; no baseline&#41; |",
    );
  });

  test("the params diff shows with no metrics at all", () => {
    const text = renderModelMarkdown(
      buildModelReport({
        params: { lr: 0.02 },
        params_baseline: { lr: 0.01 },
        params_changes: [{ name: "lr", change: "changed", base: 0.01, head: 0.02 }],
      }),
    );
    expect(text).toContain("<summary>1 params changed</summary>");
    expect(text).toContain("| lr | 0.01 | 0.02 | changed |");
  });

  test("many unchanged metrics fold into 'N more metrics'", () => {
    const metrics = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`m${i}`, i]));
    const text = renderModelMarkdown(buildModelReport({ metrics, baseline: { ...metrics, m0: -1 } }));
    expect(text).toContain("<summary>59 more metrics</summary>");
  });
});
