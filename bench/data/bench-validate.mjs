#!/usr/bin/env node
// Benchmark: `slipway validate-data` against the same ~20 checks written in pandas, side by side in
// one run, on a generated CSV (and the same data as Parquet). Prints rows/s, MB/s, peak RSS and
// the ratios. Usage: node bench/data/bench-validate.mjs [rows]   (default 10,000,000)
// Needs the CLI bundle (npm run bundle) and Debian's python3-pandas (.ci/setup installs it).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const rows = Number(process.argv[2] ?? 10_000_000);
const out = join(root, "bench", "out");
mkdirSync(out, { recursive: true });
const csv = join(out, `validate-${rows}.csv`);
const parquet = join(out, `validate-${rows}.parquet`);
const schema = join(here, "schema.yaml");
const python = process.env.SLIPWAY_REFERENCE_PYTHON ?? "/usr/bin/python3";

if (!existsSync(csv) || !existsSync(parquet)) {
  console.log(`generating ${rows.toLocaleString("en-US")} rows …`);
  execFileSync(process.execPath, [join(here, "generate.mjs"), String(rows), csv, parquet], {
    stdio: "inherit",
    cwd: root,
  });
}

/** Runs a command under GNU time to get its peak RSS; returns seconds and bytes. */
function measure(command, args) {
  const started = process.hrtime.bigint();
  const run = spawnSync("/usr/bin/time", ["-f", "%M %U %S", command, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [rssKib, user, system] = run.stderr.trim().split("\n").pop().split(" ").map(Number);
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${command} failed (${run.status}): ${run.stderr}`);
  return { seconds, cpu: user + system, peak: rssKib * 1024, stdout: run.stdout };
}

const cli = join(root, "dist", "cli", "index.js");
const slipwayCsv = measure(process.execPath, [
  cli,
  "validate-data",
  "--data",
  csv,
  "--schema",
  schema,
  "--json",
]);
const slipwayParquet = measure(process.execPath, [
  cli,
  "validate-data",
  "--data",
  parquet,
  "--schema",
  schema,
  "--json",
]);
const pandasCsv = measure(python, [join(here, "pandas_checks.py"), csv]);

// The two implementations must agree before their speed means anything.
const ours = Object.fromEntries(
  JSON.parse(slipwayCsv.stdout).checks.map((c) => [c.id, c.success ? 0 : c.unexpected_count]),
);
const theirs = JSON.parse(pandasCsv.stdout).checks;
const disagree = Object.entries(theirs).filter(
  ([id, count]) => id in ours && (count === 0) !== (ours[id] === 0),
);
const checkCount = JSON.parse(slipwayCsv.stdout).checks.length;

const mb = (file) => statSync(file).size / 1e6;
const line = (name, file, m) =>
  `${name.padEnd(22)} ${m.seconds.toFixed(2).padStart(7)} s  ${Math.round(rows / m.seconds)
    .toLocaleString("en-US")
    .padStart(
      12,
    )} rows/s  ${(mb(file) / m.seconds).toFixed(0).padStart(5)} MB/s  peak RSS ${(m.peak / 2 ** 20).toFixed(0).padStart(5)} MiB  CPU ${m.cpu.toFixed(2).padStart(6)} s`;
console.log(
  `\n${rows.toLocaleString("en-US")} rows × 10 columns, ${checkCount} checks; CSV ${mb(csv).toFixed(0)} MB, Parquet ${mb(parquet).toFixed(0)} MB`,
);
console.log(line("slipway (CSV)", csv, slipwayCsv));
console.log(line("slipway (Parquet)", parquet, slipwayParquet));
console.log(line("pandas (CSV)", csv, pandasCsv));
console.log(
  "pandas (Parquet)       not run: Debian bookworm packages neither pyarrow nor fastparquet, so pandas cannot read Parquet here",
);
console.log(
  `\nspeed-up vs pandas: CSV ${(pandasCsv.seconds / slipwayCsv.seconds).toFixed(1)}×, Parquet ${(pandasCsv.seconds / slipwayParquet.seconds).toFixed(1)}× (vs pandas on CSV)`,
);
console.log(
  `CPU time ratio (pandas / slipway): CSV ${(pandasCsv.cpu / slipwayCsv.cpu).toFixed(1)}×, Parquet ${(pandasCsv.cpu / slipwayParquet.cpu).toFixed(1)}× — wall time suffers when other work shares the cores; CPU time less so`,
);
console.log(
  `load average while measuring: ${(await import("node:os"))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${(await import("node:os")).cpus().length} cores`,
);
console.log(`peak RSS ratio (pandas / slipway, CSV): ${(pandasCsv.peak / slipwayCsv.peak).toFixed(1)}×`);
console.log(
  disagree.length === 0
    ? "results: slipway and pandas agree on every shared check"
    : `results DISAGREE on: ${disagree.map(([id]) => id).join(", ")}`,
);
if (disagree.length > 0) process.exitCode = 1;
