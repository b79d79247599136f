// Drift bench: `slipway drift`'s engine (openDataset + computeDrift in DuckDB) against the same
// per-column tests written with pandas + scipy as Evidently runs them, side by side in one run, on
// a 10-million-row reference and a 10-million-row current dataset (7 columns: continuous, integer,
// few-valued, categorical, one million distinct strings, boolean). Each side runs in its own
// process so peak RSS is its own.
//
//   node bench/drift/run.mjs [rows per dataset]      (default 10000000; files cached in bench/out/drift/)
//
// Prints seconds, rows/s and peak RSS of each, the ratios, and the largest difference in results.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const rows = Number(process.argv[2] ?? 10_000_000);
const out = join(root, "bench/out/drift");
const python = process.env.SLIPWAY_REFERENCE_PYTHON ?? "/usr/bin/python3";

const files = JSON.parse(
  execFileSync(process.execPath, [join(root, "bench/drift/generate.mjs"), String(rows), out], {
    encoding: "utf8",
  }),
);
execFileSync(
  "npx",
  [
    "ncc",
    "build",
    "bench/drift/slipway-side.ts",
    "-o",
    join(out, "slipway-side"),
    "--quiet",
    "--transpile-only",
  ].concat(["-e", "@duckdb/node-api", "-e", "@duckdb/node-bindings"]),
  { cwd: root, stdio: "inherit" },
);

function run(command, args) {
  const started = performance.now();
  const text = execFileSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  return { ...JSON.parse(text), process_seconds: (performance.now() - started) / 1000 };
}

const slipway = join(out, "slipway-side/index.js");
const csv = run(process.execPath, [slipway, files.reference.csv, files.current.csv]);
const parquet = run(process.execPath, [slipway, files.reference.parquet, files.current.parquet]);
const peer = run(python, [
  join(root, "bench/drift/evidently_side.py"),
  files.reference.csv,
  files.current.csv,
]);

// The two must agree before their speed means anything.
let worst = { label: "", diff: 0 };
for (const [ours, theirs] of [
  [csv.auto, peer.auto],
  [csv.ks, peer.ks],
]) {
  for (const expected of theirs) {
    const got = ours.find((c) => c.column === expected.column);
    if (!got || got.test !== expected.test) throw new Error(`different test for ${expected.column}`);
    for (const key of ["statistic", "p_value"]) {
      if (expected[key] === null) continue;
      const diff = Math.abs(got[key] - expected[key]) / Math.max(Math.abs(expected[key]), 1e-300);
      if (diff > worst.diff) worst = { label: `${expected.column} ${expected.test} ${key}`, diff };
    }
  }
}

const rate = (r) => `${((2 * rows) / r.seconds / 1e6).toFixed(2)} M rows/s`;
const mb = (x) => `${x.toFixed(0)} MB`;
console.log(
  [
    `\ndrift, ${rows.toLocaleString("en")} reference + ${rows.toLocaleString("en")} current rows, ${peer.auto.length} columns (Evidently's default tests), then KS on 2 numeric columns`,
    `  slipway, CSV        ${csv.seconds.toFixed(2)} s  ${rate(csv)}  peak RSS ${mb(csv.peak_rss_mb)}  (open ${csv.open_seconds.toFixed(2)} s; KS pass ${csv.ks_seconds.toFixed(2)} s)`,
    `  slipway, Parquet    ${parquet.seconds.toFixed(2)} s  ${rate(parquet)}  peak RSS ${mb(parquet.peak_rss_mb)}  (KS pass ${parquet.ks_seconds.toFixed(2)} s)`,
    `  pandas + scipy      ${peer.seconds.toFixed(2)} s  ${rate(peer)}  peak RSS ${mb(peer.peak_rss_mb)}  (read_csv ${peer.read_seconds.toFixed(2)} s + tests ${peer.auto_seconds.toFixed(2)} s; KS pass ${peer.ks_seconds.toFixed(2)} s)`,
    `  ratio (pandas+scipy / slipway, CSV): time ${(peer.seconds / csv.seconds).toFixed(2)}x, peak RSS ${(peer.peak_rss_mb / csv.peak_rss_mb).toFixed(2)}x; tests alone vs slipway: ${(peer.auto_seconds / csv.seconds).toFixed(2)}x; KS pass ${(peer.ks_seconds / csv.ks_seconds).toFixed(2)}x`,
    `  ratio (pandas+scipy on CSV / slipway on Parquet): time ${(peer.seconds / parquet.seconds).toFixed(2)}x, peak RSS ${(peer.peak_rss_mb / parquet.peak_rss_mb).toFixed(2)}x`,
    `  largest relative difference from scipy: ${worst.diff.toExponential(2)} (${worst.label || "none"})`,
    `  machine load average when done: ${(await import("node:os")).loadavg()[0].toFixed(1)} on ${(await import("node:os")).cpus().length} cores`,
  ].join("\n"),
);
