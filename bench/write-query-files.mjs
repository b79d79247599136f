// What the benches' data generators share (bench/drift, bench/model-metrics): deterministic
// pseudo-random numbers from DuckDB's hash of the row number, and each query written once as CSV
// then as Parquet from that CSV, cached by row count (a rerun measures the same bytes).
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/** SQL for a uniform in [0, 1) of row `i` and `salt` (random() would change between runs and threads). */
export function uniform(salt, stride) {
  return `((hash(i * ${stride} + ${salt}) % 1000000007) / 1000000007.0)`;
}

/** Writes `<name>-<rows>.csv` and `.parquet` in `out` for each query not written yet; returns their paths by name. */
export async function writeQueryFiles(out, rows, queries) {
  mkdirSync(out, { recursive: true });
  const require = createRequire(join(root, "package.json"));
  const { DuckDBInstance } = require("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const files = {};
  for (const [name, query] of Object.entries(queries)) {
    const csv = join(out, `${name}-${rows}.csv`);
    const parquet = join(out, `${name}-${rows}.parquet`);
    if (!existsSync(csv)) {
      process.stderr.write(`writing ${csv}\n`);
      await connection.run(`COPY (${query}) TO '${csv}' (HEADER)`);
    }
    if (!existsSync(parquet)) await connection.run(`COPY (SELECT * FROM read_csv('${csv}')) TO '${parquet}'`);
    files[name] = { csv, parquet };
  }
  connection.closeSync();
  instance.closeSync();
  return files;
}
