#!/usr/bin/env node
// Issue 10 §5: `slipway validate-data` against the floor (the same checks as ONE hand-written
// DuckDB query: floor-query.mjs), polars (polars-checks.mjs) and pandas (pandas_checks.py), in one
// run, on clean data and on data with 1% failing rows; plus Slipway on the same data as Parquet.
// Prints seconds, peak RSS and the ratios (of wall time, and of CPU time, which a busy shared machine
// disturbs less). Every side must agree on which checks fail.
//   node bench/data/bench-reader.mjs [ROWS...]      (default: 3000000 10000000)
// Needs the CLI bundle (node scripts/bundle.mjs cli), nodejs-polars (dev dependency) and Debian's
// python3-pandas. Timing only: nothing here is asserted in tests.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const sizes = process.argv.slice(2).map(Number);
const out = join(root, "bench", "out");
mkdirSync(out, { recursive: true });
const schema = join(here, "schema.yaml");
const python = process.env.SLIPWAY_REFERENCE_PYTHON ?? "/usr/bin/python3";
const cli = join(root, "dist", "cli", "index.js");

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
    throw new Error(`${command} ${args.join(" ")} failed (${run.status}): ${run.stderr}`);
  return { seconds, cpu: user + system, peak: rssKib * 1024, stdout: run.stdout };
}

/** Which checks fail, as a sorted list of ids, from each side's output. */
function failing(side, stdout) {
  if (side === "slipway") {
    const report = JSON.parse(stdout);
    return report.checks
      .filter((c) => !c.success)
      .map((c) => c.id)
      .sort();
  }
  const json = JSON.parse(stdout.trim().split("\n").pop());
  return Object.entries(json.checks)
    .filter(([, count]) => count > 0)
    .map(([id]) => id)
    .sort();
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
for (const rows of sizes.length > 0 ? sizes : [3_000_000, 10_000_000]) {
  for (const [label, every] of [
    ["clean", 0],
    ["1% failing", 100],
  ]) {
    const csv = join(out, `reader-${rows}-${every}.csv`);
    const parquet = join(out, `reader-${rows}-${every}.parquet`);
    if (!existsSync(csv) || !existsSync(parquet))
      execFileSync(
        process.execPath,
        [join(here, "generate.mjs"), String(rows), csv, parquet, String(every)],
        {
          stdio: "inherit",
          cwd: root,
        },
      );
    // Every side reads the file from the page cache: without this the first side measured (Slipway)
    // also paid for reading the file from disk.
    execFileSync("cat", [csv, parquet], { stdio: ["ignore", "ignore", "inherit"] });
    const sides = {
      slipway: measure(process.execPath, [cli, "validate-data", "--data", csv, "--schema", schema, "--json"]),
      floor: measure(process.execPath, [join(here, "floor-query.mjs"), csv]),
      polars: measure(process.execPath, [join(here, "polars-checks.mjs"), csv]),
      pandas: measure(python, [join(here, "pandas_checks.py"), csv]),
      "slipway (Parquet)": measure(process.execPath, [
        cli,
        "validate-data",
        "--data",
        parquet,
        "--schema",
        schema,
        "--json",
      ]),
    };
    const mb = statSync(csv).size / 1e6;
    console.log(`\n${rows.toLocaleString("en-US")} rows × 10 columns, ${label}: CSV ${mb.toFixed(0)} MB`);
    const floor = sides.floor.seconds;
    for (const [name, m] of Object.entries(sides)) {
      console.log(
        `  ${name.padEnd(18)} ${m.seconds.toFixed(2).padStart(7)} s  ${(m.seconds / floor).toFixed(2).padStart(5)}× floor  peak ${(m.peak / 2 ** 20).toFixed(0).padStart(5)} MiB  CPU ${m.cpu.toFixed(1).padStart(6)} s  ${(m.cpu / sides.floor.cpu).toFixed(2).padStart(5)}× floor's CPU`,
      );
    }
    console.log(
      `  slipway / polars ${(sides.slipway.seconds / sides.polars.seconds).toFixed(2)}× (CPU ${(sides.slipway.cpu / sides.polars.cpu).toFixed(2)}×); Parquet is ${(sides.slipway.seconds / sides["slipway (Parquet)"].seconds).toFixed(1)}× faster than CSV for slipway`,
    );
    const expected = failing("slipway", sides.slipway.stdout);
    for (const name of ["floor", "polars", "pandas"]) {
      const theirs = failing(name, sides[name].stdout).filter((id) => id !== "rows");
      const ours = expected.filter((id) => id !== "rows");
      if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
        console.log(`  results DISAGREE with ${name}: slipway ${ours.join(",")} vs ${theirs.join(",")}`);
        process.exitCode = 1;
      }
    }
  }
}
