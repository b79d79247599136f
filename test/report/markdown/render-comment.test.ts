import { describe, expect, it } from "@jest/globals";
import {
  type CommentInput,
  commentVerdict,
  renderComment,
} from "../../../src/report/markdown/render-comment.js";
import { renderDataMarkdown } from "../../../src/report/markdown/render-data.js";
import { renderPackageMarkdown } from "../../../src/report/markdown/render-package.js";
import {
  buildReport,
  checkResult,
  dataReport,
  modelReport,
  packageReport,
} from "../../app/helpers/build-report.js";
import { expectInertMarkdown, tableRows, tablesWithHeader } from "../../app/helpers/markdown-checks.js";
import { BASE, input, METRIC_HEADER, variant } from "./comment-input-builders.js";

describe("commentVerdict", () => {
  const failing = buildReport({
    model: modelReport({
      passed: false,
      rules: [{ metric: "accuracy", rule: "min", threshold: 0.95, value: 0.91, passed: false }],
    }),
  });
  it.each<[string, Partial<CommentInput>, string, RegExp]>([
    ["all passed", {}, "success", /^Passed$/],
    [
      "a rule failed",
      { variants: [{ name: null, head: failing, base: null }] },
      "failure",
      /^Failed: rule failed: accuracy min 0\.95: 0\.91$/,
    ],
    [
      "a failed variant among passing ones",
      { variants: [variant("a", {}), { name: "b", head: failing, base: null }] },
      "failure",
      /^Failed \(1 of 2 variants; variant b\): rule failed/,
    ],
    [
      "an unreadable report",
      { unreadable: [{ artifact: "slipway-report", message: "bad" }], variants: [] },
      "failure",
      /^Not verified: 1 report could not be read$/,
    ],
    [
      "passed but one unreadable",
      { unreadable: [{ artifact: "slipway-report-x", message: "bad" }] },
      "failure",
      /^Not verified/,
    ],
    [
      "failed and one unreadable",
      {
        unreadable: [{ artifact: "x", message: "bad" }],
        variants: [{ name: null, head: failing, base: null }],
      },
      "failure",
      /^Failed/,
    ],
    ["no report at all", { variants: [] }, "neutral", /^No report$/],
    [
      "invalid data",
      { variants: [variant(null, { data: [dataReport({ dataset: "train", valid: false })] })] },
      "failure",
      /data invalid: train/,
    ],
    [
      "a failed smoke test",
      { variants: [variant(null, { package: packageReport({ smoke: { passed: false, seconds: 1 } }) })] },
      "failure",
      /image smoke test failed/,
    ],
  ])("%s → %s", (_name, overrides, conclusion, title) => {
    const verdict = commentVerdict(input(overrides));
    expect(verdict.conclusion).toBe(conclusion);
    expect(verdict.title).toMatch(title);
  });
});

describe("renderComment", () => {
  it("starts with the marker and the verdict, and links the run", () => {
    const text = renderComment(input({ marker: "<!-- slipway:comment workflow=9 -->" }));
    const lines = text.split("\n");
    expect(lines[0]).toBe("<!-- slipway:comment workflow=9 -->");
    expect(text).toMatch(/^### ✅ Slipway · ml$/m);
    expect(text).toMatch(/^\*\*Passed\*\* · accuracy \*\*0\.91\*\* \(±0 vs base\)/m);
    expect(text).toContain("[Workflow run 77](https://github.com/acme/churn/actions/runs/77)");
    expectInertMarkdown(text);
  });

  it("tabulates metrics as Metric | base | head | Δ | rule against the stored base report", () => {
    const head = buildReport({
      model: modelReport({
        metrics: { accuracy: 0.91, log_loss: 0.3 },
        rules: [
          { metric: "accuracy", rule: "min", threshold: 0.85, value: 0.91, passed: true },
          { metric: "log_loss", rule: "max-rise", threshold: 0.05, value: 0.3, passed: false },
        ],
      }),
    });
    const base = buildReport({ model: modelReport({ metrics: { accuracy: 0.8, log_loss: 0.2 } }) });
    const text = renderComment(input({ variants: [{ name: null, head, base }] }));
    const rows = tableRows(text, METRIC_HEADER);
    expect(rows).toEqual([
      ["accuracy", "0.8", "0.91", "+0.11 (+13.8%) 🟢", "✅ min 0.85"],
      ["log&#95;loss", "0.2", "0.3", "+0.1 (+50.0%) 🔴", "❌ max-rise 0.05"],
    ]);
    expect(text).toContain(`Base: <code>main</code> at \`${BASE.slice(0, 7)}\``);
  });

  it("falls back to the run's own baseline when the store has no base report", () => {
    const text = renderComment(input({ variants: [{ name: null, head: buildReport(), base: null }] }));
    expect(text).toContain("Base: the run's own baseline (<code>origin/main</code>)");
    expect(tableRows(text, METRIC_HEADER)[0]).toEqual([
      "accuracy",
      "0.9",
      "0.91",
      "+0.01 (+1.1%) 🟢",
      "✅ min 0.85",
    ]);
  });

  it("says when there is no baseline at all", () => {
    const head = buildReport({ model: modelReport({ baseline: null, baseline_ref: null }) });
    const text = renderComment(input({ variants: [{ name: null, head, base: null }] }));
    expect(text).toContain("No baseline");
    expect(tableRows(text, METRIC_HEADER)[0]).toEqual(["accuracy", "—", "0.91", "—", "✅ min 0.85"]);
  });

  it("folds slice metrics, open when a slice rule failed", () => {
    const head = buildReport({
      model: modelReport({
        metrics: { accuracy: 0.9, "recall[region=eu]": 0.6, "recall[region=us]": 0.8 },
        baseline: null,
        rules: [{ metric: "recall[region=eu]", rule: "min", threshold: 0.7, value: 0.6, passed: false }],
      }),
    });
    const text = renderComment(input({ variants: [{ name: null, head, base: null }] }));
    expect(text).toMatch(/<details open><summary>Slices&#58; 2 metrics, 1 rule failed<\/summary>/);
    const [overall, slices] = tablesWithHeader(text, METRIC_HEADER);
    expect(overall?.map((row) => row[0])).toEqual(["accuracy"]);
    expect(slices).toEqual([
      ["recall&#91;region&#61;eu&#93;", "—", "0.6", "—", "❌ min 0.7"],
      ["recall&#91;region&#61;us&#93;", "—", "0.8", "—", ""],
    ]);
  });

  it("shows failed data checks with samples, structural errors and drift per dataset", () => {
    const data = dataReport({
      dataset: "train",
      valid: false,
      checks: [
        checkResult(),
        checkResult({
          id: "age.minimum",
          success: false,
          unexpected_count: 3,
          unexpected_percent: 0.3,
          samples: [{ row: 17, value: -3 }],
        }),
      ],
      errors: [{ kind: "missing_column", message: "column tenure is missing", column: "tenure" }],
      drift: {
        reference: "data/reference.parquet",
        drifted: false,
        share: 0.25,
        threshold: 0.5,
        columns: [
          { column: "income", test: "ks", statistic: 0.31, p_value: 0.001, threshold: 0.05, drifted: true },
          { column: "age", test: "ks", statistic: 0.02, p_value: 0.9, threshold: 0.05, drifted: false },
        ],
      },
    });
    const text = renderComment(
      input({ variants: [variant(null, { data: [data, dataReport({ dataset: "test" })] })] }),
    );
    expect(tableRows(text, ["Dataset", "Rows", "Columns", "Checks", "Errors", "Drift", "Result"])).toEqual([
      ["train", "1000", "5", "❌ 1 of 2 failed", "❌ 1", "no drift (25% of columns)", "❌ invalid"],
      ["test", "1000", "5", "✅ 1 passed", "—", "—", "✅ valid"],
    ]);
    // Each dataset is the data helper's own rendering (with the drift helper's), folded: open when invalid.
    const train = renderDataMarkdown(data);
    expect(text).toContain(
      `<details open><summary>train&#58; 2 problems, drift 25%</summary>\n\n${train}\n\n</details>`,
    );
    expect(text).toContain(
      `<details><summary>test&#58; all checks passed</summary>\n\n${renderDataMarkdown(dataReport({ dataset: "test" }))}`,
    );
    expect(train).toContain("age.minimum");
    expect(train).toContain("income");
    expect(text).toMatch(/<details open><summary>train&#58; 2 problems, drift 25%<\/summary>/);
    expect(text).toMatch(/^\*\*Failed\*\* · data invalid&#58; train/m);
  });

  it("lists only the parameters that changed", () => {
    const head = buildReport({
      model: modelReport({ params: { depth: 8, lr: 0.1, seed: 1 }, params_baseline: {} }),
    });
    const base = buildReport({
      model: modelReport({ params: { depth: 6, lr: 0.1, seed: 1, dropped: true } }),
    });
    const text = renderComment(input({ variants: [{ name: null, head, base }] }));
    expect(tableRows(text, ["Parameter", "base", "head"])).toEqual([
      ["depth", "6", "8"],
      ["dropped", "true", "—"],
    ]);
    expect(text).toContain("Parameters&#58; 2 changed of 4");
  });

  it("shows the image as the package helper renders it, with its size against the base's", () => {
    const head = buildReport({ package: packageReport({ size_bytes: 250_000_000 }) });
    const base = buildReport({ package: packageReport({ size_bytes: 200_000_000 }) });
    const text = renderComment(input({ variants: [{ name: null, head, base }] }));
    expect(text).toContain(
      `${renderPackageMarkdown(head.package!)}\n\nSize against the base branch's image: +50.0 MB (base 200.0 MB).`,
    );
    expect(text).toMatch(/ · image 250\.0 MB$/m);
  });

  it("folds failing tests with their messages in code blocks", () => {
    const head = buildReport({
      model: modelReport({
        passed: false,
        tests: {
          passed: 3,
          failed: 1,
          skipped: 0,
          failures: [{ name: "test_shape", message: "assert 3 == 4\n```\nboom" }],
        },
      }),
    });
    const text = renderComment(input({ variants: [{ name: null, head, base: null }] }));
    expect(text).toContain("**Tests:** 3 passed, 1 failed, 0 skipped.");
    expect(text).toContain("<details><summary>1 failing test</summary>");
    expectInertMarkdown(text);
  });
});
