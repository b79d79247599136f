import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { binCountsSql, sturgesEdges } from "../../../src/data/drift/histogram-bins.js";
import { doubleLiteral } from "../../../src/data/drift/sql-double.js";
import { openDuckDB } from "../../../src/data/duckdb.js";
import type { Sql } from "../../../src/data/sql.js";
import { runReferencePython } from "../../helpers/reference-python.js";

// numpy's Sturges edges for seeded data of several shapes, and np.histogram counts of that data
// plus every edge value itself (the values where numpy's half-open bins are decided).
const SCRIPT = `
import json
import numpy as np
rng = np.random.default_rng(3)
shapes = {
  "normal": rng.normal(0, 1, 999),
  "power_of_two_size": rng.uniform(-5, 5, 1024),
  "integers": rng.integers(-50, 50, 5000).astype(float),
  "tiny_range": 1e6 + rng.uniform(0, 1e-6, 300),
  "skewed": rng.exponential(3, 4000),
  "two_values": np.array([0.1] * 50 + [0.7] * 50),
  "decimals": np.round(rng.normal(100, 15, 2000), 2),
}
out = []
for name, a in shapes.items():
    edges = np.histogram_bin_edges(a, bins="sturges")
    probe = np.concatenate([a, edges])
    out.append({"name": name, "values": probe.tolist(), "size": int(a.size),
                "min": float(a.min()), "max": float(a.max()),
                "edges": edges.tolist(), "counts": np.histogram(probe, edges)[0].tolist()})
print(json.dumps(out))
`;

interface Shape {
  name: string;
  values: number[];
  size: number;
  min: number;
  max: number;
  edges: number[];
  counts: number[];
}

let sql: Sql;
const shapes = runReferencePython<Shape[]>(SCRIPT);

beforeAll(async () => {
  sql = await openDuckDB();
});
afterAll(() => sql?.close());

describe("histogram bins as numpy makes them", () => {
  it.each(shapes.map((s) => [s.name, s] as const))(
    "%s: Sturges edges are numpy's, to the bit",
    (_, shape) => {
      expect(sturgesEdges(shape.min, shape.max, shape.size)).toEqual(shape.edges);
    },
  );

  it.each(shapes.map((s) => [s.name, s] as const))(
    "%s: DuckDB puts every value, edges included, in numpy's bin",
    async (_, shape) => {
      await sql.run(
        `CREATE OR REPLACE TEMP TABLE probe AS SELECT unnest([${shape.values.map(doubleLiteral).join(", ")}]) AS v`,
      );
      const rows = await sql.all(binCountsSql("probe", "v", shape.edges));
      const counts = new Array(shape.edges.length - 1).fill(0);
      for (const row of rows) counts[Number(row.k)] = Number(row.n);
      expect(counts).toEqual(shape.counts);
    },
  );

  it("a single value gets numpy's widened range of one bin", () => {
    expect(sturgesEdges(3, 3, 10)).toEqual([2.5, 3.5]);
  });
});
