import { describe, expect, test } from "@jest/globals";
import { dataAnnotations } from "../../src/actions/validate-data/data-annotations.js";
import { checkAnnotations } from "../../src/report/check-annotations.js";
import { dataFindings } from "../../src/report/data-findings.js";
import { buildReport, checkResult, dataReport } from "../app/helpers/build-report.js";

const failing = checkResult({
  id: "age.minimum",
  check: "minimum",
  column: "age",
  success: false,
  unexpected_count: 2,
  unexpected_percent: 0.2,
  expected: 0,
  samples: [
    { row: 17, value: -1 },
    { row: 40, value: -3 },
  ],
});

describe("dataFindings: one place says what a data report found and where", () => {
  test.each([
    ["csv", 18],
    ["tsv", 18],
    ["jsonl", 17],
    ["parquet", undefined],
  ] as const)("a %s file's data row 17 is at line %s", (format, line) => {
    const [finding] = dataFindings(
      dataReport({ format, path: `data/t.${format}`, checks: [failing], errors: [] }),
    );
    expect(finding?.line).toBe(line);
  });

  test("warnings stay warnings; structural errors are failures at their row", () => {
    const warning = checkResult({
      ...failing,
      id: "age.mean",
      check: "mean",
      severity: "warning",
      samples: [],
    });
    const findings = dataFindings(
      dataReport({
        checks: [warning],
        errors: [{ kind: "extra-cell", message: "row 5 has 4 cells; the header has 3", row: 4 }],
      }),
    );
    expect(findings.map((f) => [f.level, f.what, f.line])).toEqual([
      ["warning", "age.mean", undefined],
      ["failure", "extra-cell", 5],
    ]);
  });

  test("the app's check run and the action's annotations agree on file, line and message", () => {
    const report = dataReport({ format: "jsonl", path: "data/events.jsonl", checks: [failing], errors: [] });
    const [app] = checkAnnotations([{ variant: "", report: buildReport({ data: [report] }) }]).annotations;
    const [action] = dataAnnotations([report], "/repo", "/repo");
    expect(action?.properties).toMatchObject({ file: "data/events.jsonl", startLine: app?.start_line });
    expect(app).toMatchObject({ path: "data/events.jsonl", start_line: 17 });
    expect(action?.message).toBe(app?.message);
  });
});
