import { describe, expect, it } from "@jest/globals";
import { type CheckAnnotation, checkAnnotations } from "../../../src/report/check-annotations.js";
import type { DataReport, TestFailure } from "../../../src/report/types.js";
import { buildReport, checkResult, dataReport, modelReport } from "../helpers/build-report.js";

const failing = (overrides = {}) =>
  checkResult({
    id: "age.minimum",
    success: false,
    unexpected_count: 1,
    unexpected_percent: 0.1,
    samples: [{ row: 4, value: -1 }],
    ...overrides,
  });

function annotate(data: Partial<DataReport>): CheckAnnotation[] {
  return checkAnnotations([{ variant: "", report: buildReport({ data: [dataReport(data)] }) }]).annotations;
}

describe("checkAnnotations", () => {
  it.each<[string, Partial<DataReport>, Partial<CheckAnnotation>]>([
    [
      "a CSV row is the line after the header",
      { format: "csv", checks: [failing()] },
      { path: "data/train.csv", start_line: 5, end_line: 5 },
    ],
    [
      "a TSV the same",
      { format: "tsv", path: "d/x.tsv", checks: [failing()] },
      { path: "d/x.tsv", start_line: 5 },
    ],
    [
      "JSON lines have no header",
      { format: "jsonl", path: "x.jsonl", checks: [failing()] },
      { start_line: 4 },
    ],
    [
      "Parquet has no lines",
      { format: "parquet", path: "x.parquet", checks: [failing()] },
      { start_line: 1 },
    ],
    [
      "an aggregate check without samples is on line 1",
      { checks: [failing({ samples: [], check: "mean", observed: 3.2 })] },
      { start_line: 1 },
    ],
    [
      "a warning stays a warning",
      { checks: [failing({ severity: "warning" })] },
      { annotation_level: "warning" },
    ],
    [
      "a glob path points at the config",
      { path: "data/*.csv", checks: [failing()] },
      { path: ".github/slipway.yml" },
    ],
    [
      "a path climbing out points at the config",
      { path: "../secrets.csv", checks: [failing()] },
      { path: ".github/slipway.yml" },
    ],
    [
      "an absolute path points at the config",
      { path: "/etc/passwd", checks: [failing()] },
      { path: ".github/slipway.yml" },
    ],
    [
      "a sample's own file wins",
      { path: "data/*.csv", checks: [failing({ samples: [{ row: 2, value: 1, file: "data/b.csv" }] })] },
      { path: "data/b.csv", start_line: 3 },
    ],
  ])("%s", (_name, data, expected) => {
    const [annotation] = annotate(data);
    expect(annotation).toMatchObject(expected);
  });

  it("says what failed in plain, bounded text", () => {
    const [annotation] = annotate({
      dataset: "train",
      checks: [
        failing({
          check: "mean",
          column: "income",
          expected: { min: 1, max: 2 },
          observed: 3.5,
          samples: [],
        }),
      ],
    });
    expect(annotation).toEqual({
      path: "data/train.csv",
      start_line: 1,
      end_line: 1,
      annotation_level: "failure",
      title: "train: age.minimum",
      message: 'mean on column income: 1 unexpected (0.1%); expected {"min":1,"max":2}; observed 3.5',
    });
    const [long] = annotate({
      dataset: "x".repeat(400),
      checks: [failing({ expected: "y".repeat(5000), column: "z\n".repeat(800) })],
    });
    expect(long!.title.length).toBeLessThanOrEqual(255);
    expect(long!.message.length).toBeLessThanOrEqual(1000);
    expect(long!.message).not.toContain("\n");
  });

  it("annotates structural errors at their row, skips passing checks", () => {
    const annotations = annotate({
      checks: [checkResult()],
      errors: [{ kind: "type_error", message: "age: 'abc' is not an integer", column: "age", row: 9 }],
    });
    expect(annotations).toEqual([
      {
        path: "data/train.csv",
        start_line: 10,
        end_line: 10,
        annotation_level: "failure",
        title: "train: type_error",
        message: "age: 'abc' is not an integer",
      },
    ]);
  });

  it("keeps one annotation per finding across variants, names the variant, and counts past 50", () => {
    const data = dataReport({
      checks: Array.from({ length: 60 }, (_, i) =>
        failing({ id: `c${i}`, samples: [{ row: i + 1, value: 0 }] }),
      ),
    });
    const report = buildReport({ data: [data] });
    const { annotations, omitted } = checkAnnotations([
      { variant: "a", report },
      { variant: "b", report },
    ]);
    expect(annotations).toHaveLength(50);
    expect(omitted).toBe(10);
    expect(annotations[0]!.title).toBe("[a] train: c0");
  });

  describe("failing model tests", () => {
    const annotateTests = (failures: TestFailure[], variants = [""]) =>
      checkAnnotations(
        variants.map((variant) => ({
          variant,
          report: buildReport({
            data: [],
            model: modelReport({ tests: { passed: 0, failed: failures.length, skipped: 0, failures } }),
          }),
        })),
      ).annotations;

    it("point at the test's file and line, with the message as written (newlines kept)", () => {
      const message = "AssertionError: 0.71 not >= 0.8\nassert <b>x</b> & `y` | @octocat";
      expect(
        annotateTests([
          { name: "tests.test_model.test_floor", message, file: "tests/test_model.py", line: 18 },
        ]),
      ).toEqual([
        {
          path: "tests/test_model.py",
          start_line: 18,
          end_line: 18,
          annotation_level: "failure",
          title: "Test failed: tests.test_model.test_floor",
          message,
        },
      ]);
    });

    it.each<[string, Partial<TestFailure>, Partial<CheckAnnotation>]>([
      [
        "the JUnit file is no place to look",
        { file: "reports/junit.xml", line: 3 },
        { path: ".github/slipway.yml", start_line: 1 },
      ],
      ["no file", {}, { path: ".github/slipway.yml", start_line: 1 }],
      [
        "a path climbing out of the repository",
        { file: "../../etc/passwd", line: 2 },
        { path: ".github/slipway.yml", start_line: 1 },
      ],
      ["a file without a line", { file: "t.py" }, { path: "t.py", start_line: 1 }],
    ])("%s", (_, failure, expected) => {
      expect(annotateTests([{ name: "t", message: "m", ...failure }])[0]).toMatchObject(expected);
    });

    it("two tests failing alike are two annotations; the same test in two variants is one", () => {
      const failures = [
        { name: "a", message: "assert False" },
        { name: "b", message: "assert False" },
      ];
      expect(annotateTests(failures, ["x", "y"]).map((a) => a.title)).toEqual([
        "[x] Test failed: a",
        "[x] Test failed: b",
      ]);
    });

    it("a long message is bounded", () => {
      const [annotation] = annotateTests([{ name: "t", message: "x".repeat(5000) }]);
      expect(annotation!.message).toHaveLength(1000);
    });
  });
});
