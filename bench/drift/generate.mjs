// Writes the drift bench's reference and current files (CSV and Parquet) with DuckDB: deterministic
// pseudo-random values from hashes of the row number (random() would change between runs).
//   node bench/drift/generate.mjs <rows> <out dir>
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const rows = Number(process.argv[2] ?? 10_000_000);
const out = process.argv[3] ?? join(root, "bench/out/drift");
mkdirSync(out, { recursive: true });

const u = (salt) => `((hash(i * 13 + ${salt}) % 1000000007) / 1000000007.0)`;
// Box–Muller from two uniforms: a standard normal.
const normal = (a, b) => `(sqrt(-2 * ln(1 - ${u(a)})) * cos(2 * pi() * ${u(b)}))`;
const query = (side, shift) => `
  SELECT ${normal(1 + side, 2 + side)} AS num_same,
         ${normal(3 + side, 4 + side)} + ${shift * 0.1} AS num_shift,
         CAST(floor(${u(5 + side)} * 1000) AS INTEGER) AS int_wide,
         CAST(floor(${u(6 + side)} * 4) AS INTEGER) AS int_few,
         'c' || lpad(CAST(CAST(floor(pow(${u(7 + side)}, 1 + ${shift * 0.2}) * 20) AS INTEGER) AS VARCHAR), 2, '0') AS cat,
         'id' || CAST(CAST(floor(${u(8 + side)} * 1000000) AS INTEGER) AS VARCHAR) AS high_card,
         ${u(9 + side)} < ${0.5 + shift * 0.05} AS flag
  FROM range(${rows}) t(i)`;

const require = createRequire(join(root, "package.json"));
const { DuckDBInstance } = require("@duckdb/node-api");
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const files = {};
for (const [side, salt, shift] of [
  ["reference", 0, 0],
  ["current", 100, 1],
]) {
  const csv = join(out, `${side}-${rows}.csv`);
  const parquet = join(out, `${side}-${rows}.parquet`);
  if (!existsSync(csv)) {
    process.stderr.write(`writing ${csv}\n`);
    await connection.run(`COPY (${query(salt, shift)}) TO '${csv}' (HEADER)`);
  }
  if (!existsSync(parquet)) await connection.run(`COPY (SELECT * FROM read_csv('${csv}')) TO '${parquet}'`);
  files[side] = { csv, parquet };
}
connection.closeSync();
instance.closeSync();
console.log(JSON.stringify(files));
