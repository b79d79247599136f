// Model-metrics bench: Slipway's predictions → metrics against pandas + scikit-learn, side by side
// in one run, on 10-million-row predictions files (binary classification with probabilities, and
// regression). Each side runs in its own process so peak RSS is its own.
//
//   node bench/model-metrics/run.mjs [rows]        (default 10000000; files cached in bench/out/)
//
// Prints seconds, rows/s, peak RSS and CPU seconds of each, the ratios, and the largest metric
// difference. Slipway's seconds include opening DuckDB; sklearn's start at read_csv (imports excluded).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { uniform, writeQueryFiles } from "../write-query-files.mjs";

const root = new URL("../..", import.meta.url).pathname;
const rows = Number(process.argv[2] ?? 10_000_000);
const out = join(root, "bench/out/model-metrics");
mkdirSync(out, { recursive: true });
const python = process.env.SLIPWAY_REFERENCE_PYTHON ?? "/usr/bin/python3";

const u = (salt) => uniform(salt, 7);
const GENERATORS = {
  classification: `
    SELECT y, (score >= 0.5)::INTEGER AS y_pred, 1 - score AS p_0, score AS p_1 FROM (
      SELECT (${u(1)} < 0.4)::INTEGER AS y, ${u(2)} AS r, least(1.0, 0.35 * y + 0.65 * r) AS score
      FROM range(${rows}) t(i))`,
  regression: `
    SELECT y, y + 3 * (${u(4)} - 0.5) AS y_pred FROM (
      SELECT i, 20 + 8 * (${u(1)} + ${u(2)} + ${u(3)} - 1.5) AS y FROM range(${rows}) t(i))`,
};

function bundleSlipway() {
  const dir = join(out, "slipway-side");
  execFileSync(
    "npx",
    [
      "ncc",
      "build",
      "bench/model-metrics/slipway-side.ts",
      "-o",
      dir,
      "--quiet",
      // Type errors are the typecheck's job (and other parts of the tree may be mid-edit).
      "--transpile-only",
      "-e",
      "@duckdb/node-api",
      "-e",
      "@duckdb/node-bindings",
    ],
    { cwd: root, stdio: "inherit" },
  );
  return join(dir, "index.js");
}

function run(command, args) {
  const started = performance.now();
  const text = execFileSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(text);
  result.process_seconds = (performance.now() - started) / 1000;
  return result;
}

const files = await writeQueryFiles(out, rows, GENERATORS);
const slipway = bundleSlipway();
const lines = [];
const mb = (x) => `${x.toFixed(0)} MB`;
const rate = (r) => `${(r.rows / r.seconds / 1e6).toFixed(2)} M rows/s`;
const cpu = (r) => `cpu ${r.cpu_seconds.toFixed(2)} s`;
for (const task of Object.keys(GENERATORS)) {
  const ours = run("node", [slipway, files[task].csv, task]);
  const oursParquet = run("node", [slipway, files[task].parquet, task]);
  const theirs = run(python, [join(root, "bench/model-metrics/sklearn_side.py"), files[task].csv, task]);
  const worst = Object.entries(theirs.metrics).reduce(
    (acc, [name, value]) => {
      const diff = Math.abs((ours.metrics[name] ?? Number.NaN) - value) / Math.max(1, Math.abs(value));
      return Number.isNaN(diff) || diff > acc.diff ? { name, diff } : acc;
    },
    { name: "", diff: 0 },
  );
  lines.push(
    `\n${task}, ${rows.toLocaleString("en")} rows (${Object.keys(theirs.metrics).length} metrics)`,
    `  slipway, CSV         ${ours.seconds.toFixed(2)} s  ${rate(ours)}  peak RSS ${mb(ours.peak_rss_mb)}  ${cpu(ours)}  (process ${ours.process_seconds.toFixed(2)} s)`,
    `  slipway, Parquet     ${oursParquet.seconds.toFixed(2)} s  ${rate(oursParquet)}  peak RSS ${mb(oursParquet.peak_rss_mb)}  ${cpu(oursParquet)}  (process ${oursParquet.process_seconds.toFixed(2)} s)`,
    `  pandas + sklearn     ${theirs.seconds.toFixed(2)} s  ${rate(theirs)}  peak RSS ${mb(theirs.peak_rss_mb)}  ${cpu(theirs)}  (read_csv ${theirs.read_seconds.toFixed(2)} s + metrics ${theirs.metric_seconds.toFixed(2)} s; process ${theirs.process_seconds.toFixed(2)} s)`,
    `  ratio (sklearn / slipway, CSV): time ${(theirs.seconds / ours.seconds).toFixed(2)}x, peak RSS ${(theirs.peak_rss_mb / ours.peak_rss_mb).toFixed(2)}x, cpu ${(theirs.cpu_seconds / ours.cpu_seconds).toFixed(2)}x; sklearn metrics alone / slipway: ${(theirs.metric_seconds / ours.seconds).toFixed(2)}x`,
    `  largest difference from sklearn: ${worst.diff.toExponential(2)} (${worst.name})`,
  );
}
console.log(lines.join("\n"));
