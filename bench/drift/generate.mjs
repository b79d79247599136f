// Writes the drift bench's reference and current files (CSV and Parquet) with DuckDB: deterministic
// pseudo-random values from hashes of the row number.
//   node bench/drift/generate.mjs <rows> <out dir>
import { join } from "node:path";
import { uniform, writeQueryFiles } from "../write-query-files.mjs";

const root = new URL("../..", import.meta.url).pathname;
const rows = Number(process.argv[2] ?? 10_000_000);
const out = process.argv[3] ?? join(root, "bench/out/drift");

const u = (salt) => uniform(salt, 13);
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

const files = await writeQueryFiles(out, rows, { reference: query(0, 0), current: query(100, 1) });
console.log(JSON.stringify(files));
