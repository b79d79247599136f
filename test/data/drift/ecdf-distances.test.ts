import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { chooseEcdfPlan, ecdfDistances } from "../../../src/data/drift/ecdf-distances.js";
import { doubleLiteral } from "../../../src/data/drift/sql-double.js";
import { openDuckDB } from "../../../src/data/duckdb.js";
import type { Sql } from "../../../src/data/sql.js";
import { runReferencePython } from "../../helpers/reference-python.js";
import { expectClose } from "./stats/expect-close.js";

const SCRIPT = `
import json, sys
import numpy as np
from scipy import stats
samples = json.load(open(sys.argv[1]))
out = []
for s in samples:
    r, c = np.array(s["reference"]), np.array(s["current"])
    out.append({"ks": float(stats.ks_2samp(r, c).statistic), "wasserstein": float(stats.wasserstein_distance(r, c))})
print(json.dumps(out))
`;

/** Seeded samples: continuous, heavy ties, values shared across both sides, a single repeated value. */
function samples(): { name: string; reference: number[]; current: number[] }[] {
  let state = 42;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const draw = (n: number, f: (u: number) => number) => Array.from({ length: n }, () => f(next()));
  return [
    { name: "continuous", reference: draw(3000, (u) => u * 10), current: draw(2500, (u) => u * 11 - 0.5) },
    {
      name: "ties",
      reference: draw(4000, (u) => Math.floor(u * 7)),
      current: draw(3000, (u) => Math.floor(u * 8)),
    },
    {
      name: "shared values",
      reference: draw(1000, (u) => Math.round(u * 50) / 10),
      current: draw(1200, (u) => Math.round(u * 40) / 10 + 0.5),
    },
    { name: "one value each", reference: draw(10, () => 1), current: draw(20, () => 1) },
  ];
}

let sql: Sql;
let dir: string;
beforeAll(async () => {
  sql = await openDuckDB();
  dir = mkdtempSync(join(tmpdir(), "slipway-ecdf-"));
});
afterAll(() => {
  sql?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("ECDF distances", () => {
  it("both plans give scipy's KS statistic and Wasserstein distance", async () => {
    const cases = samples();
    const file = join(dir, "samples.json");
    writeFileSync(file, JSON.stringify(cases));
    const expected = runReferencePython<{ ks: number; wasserstein: number }[]>(SCRIPT, [file]);
    for (const [i, sample] of cases.entries()) {
      const load = (table: string, values: number[]) =>
        sql.run(
          `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT unnest([${values.map(doubleLiteral).join(", ")}]) AS x`,
        );
      await load("ref", sample.reference);
      await load("cur", sample.current);
      const counts = { reference: sample.reference.length, current: sample.current.length };
      const tables = { reference: "ref", current: "cur" };
      const byValue = await ecdfDistances(sql, tables, "x", counts, "value-counts");
      const sorted = await ecdfDistances(sql, tables, "x", counts, "sorted-union");
      // The KS statistic is a max: the same double. The Wasserstein sum may differ in its last bit,
      // as DuckDB adds in parallel, in no fixed order.
      expect([sample.name, sorted.dPlus, sorted.dMinus]).toEqual([
        sample.name,
        byValue.dPlus,
        byValue.dMinus,
      ]);
      expect(Math.abs(sorted.wasserstein - byValue.wasserstein)).toBeLessThanOrEqual(
        1e-12 * byValue.wasserstein,
      );
      expectClose(Math.max(byValue.dPlus, byValue.dMinus), expected[i]!.ks, `${sample.name} KS`);
      expectClose(byValue.wasserstein, expected[i]!.wasserstein, `${sample.name} Wasserstein`);
    }
  });

  it.each([
    [{ reference: 1000, current: 1000 }, 20, "value-counts"],
    [{ reference: 1000, current: 1000 }, 500, "value-counts"],
    [{ reference: 1000, current: 1000 }, 501, "sorted-union"],
    [{ reference: 10_000_000, current: 10_000_000 }, 19_000_000, "sorted-union"],
  ] as const)("plan for %j rows with %d distinct values: %s", (counts, distinct, plan) => {
    expect(chooseEcdfPlan(counts, distinct)).toBe(plan);
  });
});
