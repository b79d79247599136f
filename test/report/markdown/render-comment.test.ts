import { describe, expect, it } from "@jest/globals";
import {
  type CommentInput,
  type CommentVariant,
  commentVerdict,
  GITHUB_COMMENT_LIMIT,
  metricDirection,
  renderComment,
} from "../../../src/report/markdown/render-comment.js";
import { renderDataMarkdown } from "../../../src/report/markdown/render-data.js";
import { renderPackageMarkdown } from "../../../src/report/markdown/render-package.js";
import type { Report, RuleResult } from "../../../src/report/types.js";
import {
  buildReport,
  checkResult,
  dataReport,
  modelReport,
  packageReport,
} from "../../app/helpers/build-report.js";
import { expectInertMarkdown, tableRows, tablesWithHeader } from "../../app/helpers/markdown-checks.js";

const HEAD = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
const BASE = "0f1e2d3c4b5a69788796a5b4c3d2e1f001234567";

function input(overrides: Partial<CommentInput> = {}): CommentInput {
  return {
    workflow: "ml",
    run: { url: "https://github.com/acme/churn/actions/runs/77", id: 77, attempt: 1 },
    headSha: HEAD,
    base: { ref: "main", sha: BASE },
    pullNumber: 12,
    variants: [{ name: null, head: buildReport(), base: buildReport() }],
    unreadable: [],
    ...overrides,
  };
}

function variant(name: string | null, head: Partial<Report>, base: Report | null = null): CommentVariant {
  return { name, head: buildReport(head), base };
}

const METRIC_HEADER = ["Metric", "base", "head", "Δ", "rule"];

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

  describe("variants side by side", () => {
    const variants = [
      variant("lr", { model: modelReport({ metrics: { f1_macro: 0.81, log_loss: 0.4 } }) }),
      variant("xgb", { model: modelReport({ metrics: { f1_macro: 0.86, log_loss: 0.35 } }) }),
      variant("rf", { model: modelReport({ metrics: { f1_macro: 0.84, log_loss: 0.31 } }) }),
    ];

    it("marks the best by the primary metric, higher is better", () => {
      const text = renderComment(input({ variants, primary: "f1_macro" }));
      const rows = tableRows(text, ["Metric", "variant lr", "🏆 variant xgb", "variant rf"]);
      expect(rows[0]).toEqual(["Result", "✅ passed", "✅ passed", "✅ passed"]);
      expect(rows[1]).toEqual(["**f1&#95;macro** (primary, higher is better)", "0.81", "0.86", "0.84"]);
      expect(text).toMatch(/^#### Model · variant xgb$/m);
      expect(text).toContain("<details><summary>variant lr&#58; passed</summary>");
      expect(text).toContain("<details><summary>variant rf&#58; passed</summary>");
    });

    it("takes the lowest for a loss", () => {
      const text = renderComment(input({ variants, primary: "log_loss" }));
      expect(tableRows(text, ["Metric", "variant lr", "variant xgb", "🏆 variant rf"])[1]?.[0]).toBe(
        "**log&#95;loss** (primary, lower is better)",
      );
    });

    it("follows `better:` from the config over the name", () => {
      const text = renderComment(input({ variants, primary: "f1_macro", better: { f1_macro: "lower" } }));
      expect(() => tableRows(text, ["Metric", "🏆 variant lr", "variant xgb", "variant rf"])).not.toThrow();
    });
  });

  describe("variants: parameters and the best that passed", () => {
    const withParams = (name: string, f1: number, params: Record<string, unknown>, passed = true) =>
      variant(name, { passed, model: modelReport({ passed, metrics: { f1_macro: f1 }, params }) });

    it("has a row for each parameter that differs between variants, and none for shared ones", () => {
      const variants = [
        withParams("lr", 0.81, { model: "logreg", C: 1, seed: 7 }),
        withParams("xgb", 0.86, { model: "xgboost", depth: 6, seed: 7 }),
      ];
      const rows = tableRows(renderComment(input({ variants, primary: "f1_macro" })), [
        "Metric",
        "variant lr",
        "🏆 variant xgb",
      ]);
      expect(rows.filter((row) => row[0]!.endsWith("(param)"))).toEqual([
        ["C (param)", "1", "—"],
        ["depth (param)", "—", "6"],
        ["model (param)", "logreg", "xgboost"],
      ]);
    });

    it("never gives 🏆 to a variant that failed, however good its metric", () => {
      // The finding: 🏆 went to a variant that failed a rule.
      const variants = [
        withParams("lr", 0.81, {}),
        withParams("xgb", 0.95, {}, false),
        withParams("rf", 0.84, {}),
      ];
      const text = renderComment(input({ variants, primary: "f1_macro" }));
      const rows = tableRows(text, ["Metric", "variant lr", "variant xgb", "🏆 variant rf"]);
      expect(rows[0]).toEqual(["Result", "✅ passed", "❌ failed", "✅ passed"]);
      expect(text).toContain("🏆 best by f1&#95;macro among the variants that passed.");
    });

    it("marks none when none passed, and says so", () => {
      const variants = [withParams("lr", 0.81, {}, false), withParams("xgb", 0.86, {}, false)];
      const text = renderComment(input({ variants, primary: "f1_macro" }));
      expect(text).not.toContain("🏆 variant");
      expect(() => tableRows(text, ["Metric", "variant lr", "variant xgb"])).not.toThrow();
      expect(text).toContain("No 🏆: no variant passed.");
      expectInertMarkdown(text);
    });
  });

  it("takes the primary metric and directions from the report when the config names none", () => {
    const variants = [
      variant("a", {
        model: modelReport({
          metrics: { auc: 0.7, cost: 10 },
          primary: "cost",
          directions: { cost: "lower" },
        }),
      }),
      variant("b", {
        model: modelReport({
          metrics: { auc: 0.8, cost: 12 },
          primary: "cost",
          directions: { cost: "lower" },
        }),
      }),
    ];
    const text = renderComment(input({ variants }));
    const rows = tableRows(text, ["Metric", "🏆 variant a", "variant b"]);
    expect(rows[1]?.[0]).toBe("**cost** (primary, lower is better)");
    // The app's config still wins over the report.
    expect(() =>
      tableRows(renderComment(input({ variants, primary: "auc" })), ["Metric", "variant a", "🏆 variant b"]),
    ).not.toThrow();
  });

  it("lists the model's notes and folds its confusion matrix", () => {
    const head = buildReport({
      model: modelReport({
        notes: ["baseline from origin/main @ abc", "<script>x</script>"],
        confusion: {
          labels: ["no", "yes"],
          matrix: [
            [50, 3],
            [7, 40],
          ],
        },
      }),
    });
    const text = renderComment(input({ variants: [{ name: null, head, base: null }] }));
    expect(text).toContain("- baseline from origin/main @\u200d abc");
    expect(tableRows(text, ["true ↓ / predicted →", "no", "yes"])).toEqual([
      ["**no**", "50", "3"],
      ["**yes**", "7", "40"],
    ]);
    expect(text).toContain("<details><summary>Confusion matrix</summary>");
    expectInertMarkdown(text);
  });

  it.each<[string, string]>([
    ["accuracy", "higher"],
    ["r2", "higher"],
    ["log_loss", "lower"],
    ["rmse", "lower"],
    ["eval.loss", "lower"],
    ["mae[region=eu]", "lower"],
    ["roc_auc", "higher"],
  ])("guesses %s is better %s", (metric, direction) => {
    expect(metricDirection(metric)).toBe(direction);
  });

  it("charts the primary metric over the base branch, then this PR, in Mermaid", () => {
    const trend = [
      { commit: "1".repeat(40), value: 0.85 },
      { commit: "2".repeat(40), value: 0.86 },
      { commit: 'not a sha"]\n```', value: 0.87 },
    ];
    const text = renderComment(input({ trend, primary: "accuracy" }));
    const chart = text.match(/```mermaid\n([\s\S]*?)\n```/)?.[1];
    expect(chart?.split("\n")).toEqual([
      "xychart-beta",
      '  title "accuracy on main, then this PR"',
      '  x-axis ["1111111", "2222222", "?", "PR 12"]',
      '  y-axis "accuracy"',
      "  line [0.85, 0.86, 0.87, 0.91]",
    ]);
  });

  it("draws no trend without base-branch history", () => {
    expect(renderComment(input({ trend: [] }))).not.toContain("mermaid");
  });

  it("shows settings problems under the verdict, escaped", () => {
    const text = renderComment(
      input({
        notices: ['.github/slipway.yml: model.primery: unknown key "primery". Did you mean "primary"?'],
      }),
    );
    expect(text).toContain("> ⚠️ **Settings**\n> - .github/slipway.yml&#58; model.primery&#58;");
    expectInertMarkdown(text);
  });

  it("names reports it could not read, escaped", () => {
    const text = renderComment(
      input({ unreadable: [{ artifact: "slipway-report-x", message: 'uses "slipway/report@2" <b>|</b>' }] }),
    );
    expect(text).toContain("> ⚠️ **1 report could not be read** and is not in this verdict:");
    expect(text).toContain("<code>slipway-report-x</code>");
    expectInertMarkdown(text);
  });

  it("links only http(s) run URLs", () => {
    const text = renderComment(input({ run: { url: "javascript:alert(1)", id: 1, attempt: 2 } }));
    expect(text).toContain("Workflow run 1, attempt 2");
    expectInertMarkdown(text, { links: 0 });
  });

  it("renders hostile report content inert and bounded", () => {
    const evil = (tag: string) =>
      `${tag} | \`code\` <img src=x onerror=alert(1)> @octocat #123 ![x](https://evil.example/x.png) [click](javascript:alert(1)) <!-- --> ${"A".repeat(5000)}`;
    const head = buildReport({
      data: [
        dataReport({
          dataset: evil("ds"),
          path: evil("path"),
          valid: false,
          checks: [
            checkResult({
              id: evil("id"),
              column: evil("col"),
              success: false,
              expected: evil("exp"),
              samples: [{ row: 1, value: evil("v") }],
            }),
          ],
          errors: [{ kind: evil("kind"), message: evil("msg"), column: evil("c") }],
          drift: {
            reference: evil("ref"),
            drifted: true,
            share: 1,
            columns: [{ column: evil("dc"), test: "ks", statistic: 1, threshold: 0.05, drifted: true }],
          },
        }),
      ],
      model: modelReport({
        passed: false,
        metrics: { [evil("m")]: 1, [`${evil("s")}[a=b]`]: 2 },
        rules: [{ metric: evil("m"), rule: evil("rule"), threshold: 1, value: 0, passed: false }],
        params: { [evil("p")]: evil("pv") },
        tests: {
          passed: 0,
          failed: 1,
          skipped: 0,
          failures: [{ name: evil("t"), message: evil("tm"), file: evil("f") }],
        },
      }),
      package: packageReport({ image: evil("img"), tags: [evil("tag")], digest: evil("dig") }),
    });
    const text = renderComment(
      input({
        workflow: evil("wf"),
        base: { ref: evil("main"), sha: evil("sha") },
        variants: [{ name: evil("v1"), head, base: null }, variant(evil("v2"), {})],
        unreadable: [{ artifact: evil("art"), message: evil("why") }],
        primary: evil("m"),
        trend: [{ commit: evil("c"), value: 1 }],
      }),
    );
    expectInertMarkdown(text);
    // Each string is cut to its place's bound (at most 1500 characters, in a test failure's code block).
    expect(text).not.toContain("A".repeat(1501));
    expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  });

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
