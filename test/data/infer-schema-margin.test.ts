/**
 * The finding behind infer-schema's margin: a schema drafted from one sample of scikit-learn's
 * breast-cancer data, with the sample's exact extremes as bounds, failed bound checks on the other
 * half of the same data while drift found nothing. With the default margin the other half passes,
 * and the bounds are short decimals, not float noise.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { stringify } from "yaml";
import { openDuckDB } from "../../src/data/duckdb.js";
import { inferSchema } from "../../src/data/infer-schema.js";
import type { Sql } from "../../src/data/sql.js";
import { validateDataset } from "../../src/data/validate-dataset.js";
import { runReferencePython } from "../helpers/reference-python.js";

// The two halves of the data as files, in the data's own order (pandas writes floats as repr).
const SPLIT = `
import json, sys
from sklearn.datasets import load_breast_cancer
frame = load_breast_cancer(as_frame=True).frame
frame.columns = [c.replace(" ", "_") for c in frame.columns]
half = len(frame) // 2
frame.iloc[:half].to_csv(sys.argv[1] + "/first.csv", index=False)
frame.iloc[half:].to_csv(sys.argv[1] + "/second.csv", index=False)
print(json.dumps({"columns": len(frame.columns)}))
`;

let sql: Sql;
let dir: string;
let columns: number;
beforeAll(async () => {
  sql = await openDuckDB();
  dir = mkdtempSync(join(tmpdir(), "slipway-margin-"));
  ({ columns } = runReferencePython<{ columns: number }>(SPLIT, [dir]));
});
afterAll(() => sql.close());

async function secondHalfAgainst(margin?: Parameters<typeof inferSchema>[2]["margin"]) {
  const schema = await inferSchema(sql, "first.csv", { cwd: dir, ...(margin ? { margin } : {}) });
  const file = `first-${margin?.kind ?? "default"}.schema.yaml`;
  writeFileSync(join(dir, file), stringify(schema));
  const report = await validateDataset(sql, { path: "second.csv", schema: file, cwd: dir, now: new Date() });
  return { schema, report };
}

describe("infer-schema's bounds on another sample of the same data", () => {
  it("with the sample's exact extremes, the other half fails bound checks (the finding)", async () => {
    const { report } = await secondHalfAgainst({ kind: "exact" });
    const failed = report.checks.filter((c) => !c.success).map((c) => c.check);
    expect(failed.length).toBeGreaterThanOrEqual(5);
    expect(new Set(failed)).toEqual(new Set(["minimum", "maximum"]));
  });

  it("with the default margin, the other half passes every check", async () => {
    const { report } = await secondHalfAgainst();
    expect(report.errors).toEqual([]);
    expect(report.checks.filter((c) => !c.success)).toEqual([]);
    // Every column got both bounds (and required): the pass is not from checks left out.
    expect(report.checks.filter((c) => c.check === "maximum")).toHaveLength(columns);
    expect(report.valid).toBe(true);
  });

  it("writes bounds as short decimals, never float noise", async () => {
    const { schema } = await secondHalfAgainst();
    const bounds = schema.fields.flatMap((f) => [f.constraints?.minimum, f.constraints?.maximum]);
    expect(bounds).toHaveLength(2 * columns);
    for (const bound of bounds) {
      expect(typeof bound).toBe("number");
      expect(Number((bound as number).toPrecision(2))).toBe(bound);
    }
    expect(stringify(schema)).not.toMatch(/\d\.\d{6,}/);
  });
});
