import { describe, expect, it } from "@jest/globals";
import { parseReport } from "../../src/report/report-schema.js";
import { ruleReason, ruleState } from "../../src/report/rule-state.js";
import { buildReport, checkResult, dataReport } from "../app/helpers/build-report.js";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit a report's JSON freely to make it invalid.
type Json = Record<string, any>;

const SOURCE = "artifact slipway-report: slipway-report.json";

/** A deep copy with `edit` applied: each bad case is one small change to a valid report. */
function edited(edit: (report: Json) => void): unknown {
  const report = JSON.parse(JSON.stringify(buildReport({ data: [dataReport({ checks: [checkResult()] })] })));
  edit(report);
  return report;
}

describe("parseReport", () => {
  it("accepts a report as the steps write it, unchanged", () => {
    const report = buildReport();
    const result = parseReport(JSON.parse(JSON.stringify(report)), SOURCE);
    expect(result).toEqual({ ok: true, report });
  });

  it("accepts parts that did not run (null model and package, no data)", () => {
    const result = parseReport(buildReport({ data: [], model: null, package: null }), SOURCE);
    expect(result.ok).toBe(true);
  });

  it("accepts unknown extra fields at every level and keeps them (forward compatible)", () => {
    const raw = edited((r) => {
      r.generator = "slipway 1.4";
      r.data[0].profile = { nulls: 0 };
      r.data[0].checks[0].hint = "x";
      r.model.calibration = { ece: 0.02 };
      r.package.sbom = "spdx.json";
    });
    const result = parseReport(raw, SOURCE);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect((result.report as unknown as Record<string, unknown>).generator).toBe("slipway 1.4");
  });

  describe("rule states", () => {
    const withRule = (rule: Json) =>
      edited((r) => {
        r.model.rules = [{ metric: "accuracy", rule: "max-drop", threshold: 0.01, value: 0.9, ...rule }];
      });
    const read = (raw: unknown) => {
      const result = parseReport(raw, SOURCE);
      if (!result.ok) throw new Error(result.message);
      return result.report.model!.rules[0]!;
    };

    it("reads state and reason as written", () => {
      const rule = read(
        withRule({
          baseline: null,
          delta: null,
          passed: false,
          state: "not-evaluated",
          reason: "no-baseline",
        }),
      );
      expect([ruleState(rule), ruleReason(rule)]).toEqual(["not-evaluated", "no-baseline"]);
    });

    it("reads a report from before rule states: passed decides, and a change rule with no baseline was never judged", () => {
      expect(ruleState(read(withRule({ baseline: 0.91, delta: -0.01, passed: true })))).toBe("passed");
      expect(ruleState(read(withRule({ baseline: 0.95, delta: -0.05, passed: false })))).toBe("failed");
      const legacy = read(withRule({ baseline: null, delta: null, passed: true }));
      expect([ruleState(legacy), ruleReason(legacy)]).toEqual(["not-evaluated", "no-baseline"]);
    });

    it("a state this version does not know falls back on passed, and an unknown reason is kept", () => {
      const rule = read(
        withRule({ baseline: 0.9, delta: 0, passed: false, state: "waived", reason: "flaky-metric" }),
      );
      expect(ruleState(rule)).toBe("failed");
      expect(rule.reason).toBe("flaky-metric");
    });

    it("refuses a reason that is not text", () => {
      expect(parseReport(withRule({ passed: true, state: "passed", reason: 3 }), SOURCE).ok).toBe(false);
    });
  });

  it.each([
    ["slipway/report@2", "unknown-version", /"slipway\/report@2", which this Slipway app does not know/],
    ["slipway/report@1.1", "unknown-version", /"slipway\/report@1\.1"/],
    ["dvc/metrics@1", "not-a-report", /is not a Slipway report \("schema": "dvc\/metrics@1"/],
    [undefined, "not-a-report", /no "schema" field/],
    [42, "not-a-report", /"schema": 42/],
  ])("schema %p is said to be %s", (schema, kind, message) => {
    const raw = edited((r) => {
      if (schema === undefined) delete r.schema;
      else r.schema = schema;
    });
    const result = parseReport(raw, SOURCE);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.kind).toBe(kind);
      expect(result.message).toMatch(message);
      expect(result.message.startsWith(SOURCE)).toBe(true);
    }
  });

  it.each([
    ["JSON that is not an object", () => [1, 2], "not-a-report", /is not a Slipway report/],
    ["null", () => null, "not-a-report", /is not a Slipway report/],
  ])("%s is not a report", (_name, make, kind, message) => {
    const result = parseReport(make(), SOURCE);
    expect(result).toMatchObject({ ok: false, kind });
    if (!result.ok) expect(result.message).toMatch(message);
    // The detail is the message without its source, for callers that name the file their own way.
    if (!result.ok) expect(result.message).toBe(`${SOURCE} ${result.detail}`);
  });

  it.each<[string, (r: Json) => void, RegExp]>([
    [
      "passed missing",
      (r) => delete r.passed,
      /passed: expected boolean, got nothing \(the field is missing\)/,
    ],
    ["rows a string", (r) => (r.data[0].rows = "1000"), /data\[0\]\.rows: expected number, got "1000"/],
    [
      "unknown check name",
      (r) => (r.data[0].checks[0].check = "between"),
      /data\[0\]\.checks\[0\]\.check: "between" is not one of/,
    ],
    [
      "percent over 100",
      (r) => (r.data[0].checks[0].unexpected_percent = 150),
      /unexpected_percent: .*\(got 150\)/,
    ],
    [
      "metric not a number",
      (r) => (r.model.metrics.accuracy = "high"),
      /model\.metrics\.accuracy: expected number, got "high"/,
    ],
    [
      "unknown format",
      (r) => (r.data[0].format = "xlsx"),
      /data\[0\]\.format: "xlsx" is not one of "csv", "tsv", "parquet", "jsonl"/,
    ],
    ["negative image size", (r) => (r.package.size_bytes = -1), /package\.size_bytes: .*\(got -1\)/],
    ["data not an array", (r) => (r.data = {}), /data: expected array, got \{\}/],
  ])("says where a report is invalid: %s", (_name, edit, message) => {
    const result = parseReport(edited(edit), SOURCE);
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok) {
      expect(result.message).toMatch(/is not a valid slipway\/report@1 report: /);
      expect(result.message).toMatch(message);
    }
  });

  it("checks the model's optional extras when present", () => {
    const good = edited((r) => {
      r.model.primary = "f1_macro";
      r.model.directions = { log_loss: "lower" };
      r.model.notes = ["compared with origin/main"];
      r.package.layers = [{ size_bytes: 10, created_by: "COPY model.joblib" }];
      r.package.smoke = { passed: true, seconds: 1, latency_ms: 12, rows: 5, message: "ok" };
      r.package.pushed = false;
      r.data[0].drift = {
        reference: "ref.csv",
        drifted: false,
        share: 0,
        columns: [],
        current: "x.csv",
        not_compared: [{ column: "id", reason: "ignored", detail: "ignored by config" }],
      };
      r.model.confusion = {
        labels: ["0", "1"],
        matrix: [
          [1, 0],
          [0, 1],
        ],
      };
    });
    expect(parseReport(good, SOURCE).ok).toBe(true);
    const bad = parseReport(
      edited((r) => (r.model.directions = { log_loss: "down" })),
      SOURCE,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.message).toMatch(/model\.directions\.log_loss: "down" is not one of "higher", "lower"/);
  });

  it("checks the extras the writers add to checks, samples and the package", () => {
    const good = edited((r) => {
      r.data[0].checks[0].code = "unique-error";
      r.data[0].checks[0].field_number = 2;
      r.data[0].checks[0].samples = [
        { row: 4, value: 7, repeat_of: 2 },
        { row: 5, value: null, null_key: true },
      ];
      r.package.build_seconds = 12.5;
    });
    expect(parseReport(good, SOURCE).ok).toBe(true);
    const bad = [
      edited((r) => (r.data[0].checks[0].code = "unique")),
      edited((r) => (r.data[0].checks[0].field_number = 0)),
      edited((r) => (r.data[0].checks[0].samples = [{ row: 4, value: 7, repeat_of: "2" }])),
      edited((r) => (r.data[0].checks[0].samples = [{ row: 4, value: 7, null_key: false }])),
      edited((r) => (r.package.build_seconds = -1)),
    ];
    expect(bad.map((raw) => parseReport(raw, SOURCE).ok)).toEqual([false, false, false, false, false]);
  });

  it("lists at most eight problems and counts the rest", () => {
    const raw = edited((r) => {
      r.data = Array.from({ length: 12 }, () => ({ dataset: 1 }));
    });
    const result = parseReport(raw, SOURCE);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.split("; ").length).toBe(9);
      expect(result.message).toMatch(/… and \d+ more problems/);
    }
  });

  it("keeps a long value short in its message", () => {
    const result = parseReport(
      edited((r) => (r.data[0].rows = "x".repeat(10_000))),
      SOURCE,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeLessThan(400);
  });

  it("refuses JSON nested past the limit as unreadable, without recursing (100,000 levels)", () => {
    const depth = 100_000;
    const deep = JSON.parse(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);
    const result = parseReport(
      edited((r) => (r.model.params = { deep })),
      SOURCE,
    );
    expect(result).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringMatching(
        /not a readable report: model\.params\.deep\.a… nests values more than 64 levels deep/,
      ),
    });
    expect(
      parseReport(
        edited((r) => (r.model.params = { ok: { a: { b: [[{ c: 1 }]] } } })),
        SOURCE,
      ).ok,
    ).toBe(true);
  });

  it.each([
    [
      "a value",
      (r: Json) => (r.data[0].dataset = "train\u0000.csv"),
      /data\[0\]\.dataset holds a NUL character/,
    ],
    [
      "a key",
      (r: Json) => (r.model.params = { "lr\u0000": 1 }),
      /a key in model\.params holds a NUL character/,
    ],
    [
      "an extra field",
      (r: Json) => (r.generator = ["ok", "x\u0000"]),
      /generator\[1\] holds a NUL character/,
    ],
  ])("refuses a NUL character in %s as unreadable", (_where, edit, message) => {
    const result = parseReport(edited(edit), SOURCE);
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
