#!/usr/bin/env node
// Benchmark: the data checks pushed down into PostgreSQL (`slipway validate-data` on a
// `source: {postgres: …}` dataset) against pandas.read_sql of the same table followed by the same
// checks in pandas — wall time, CPU and the client's peak RSS, side by side, one run each.
// Usage: node bench/monitor/run.mjs [rows]   (default 10,000,000)
// Needs: the CLI bundle (node scripts/bundle.mjs cli), PostgreSQL (.ci/setup-postgres; URL in
// BENCH_DATABASE_URL, default the test server), psql, and /usr/bin/python3 with pandas and
// psycopg2 (Debian's python3-pandas, python3-psycopg2; .ci/setup installs them).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const rows = Number(process.argv[2] ?? 10_000_000);
const url = process.env.BENCH_DATABASE_URL ?? "postgres://slipway:slipway@127.0.0.1:5432/slipway_test";
const table = `public.bench_monitor_${rows}`;
const out = join(root, "bench", "out");
mkdirSync(out, { recursive: true });
const csv = join(out, `validate-${rows}.csv`);
const parquet = join(out, `validate-${rows}.parquet`);
const python = process.env.SLIPWAY_REFERENCE_PYTHON ?? "/usr/bin/python3";
const psql = (sql) =>
  execFileSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-tAq", "-c", sql], { encoding: "utf8" }).trim();

if (!existsSync(csv)) {
  console.log(`generating ${rows.toLocaleString("en-US")} rows …`);
  execFileSync(process.execPath, [join(root, "bench", "data", "generate.mjs"), String(rows), csv, parquet], {
    stdio: "inherit",
    cwd: root,
  });
}
const exists = psql(`SELECT to_regclass('${table}') IS NOT NULL`) === "t";
const loaded = exists ? psql(`SELECT count(*) FROM ${table}`) : "-1";
if (Number(loaded) !== rows) {
  console.log(`loading ${table} …`);
  psql(`DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (id bigint, age integer, income double precision,
    score double precision, plan text, country text, signup date, email text, active boolean, churn integer)`);
  execFileSync(
    "psql",
    [url, "-v", "ON_ERROR_STOP=1", "-c", `\\copy ${table} FROM '${csv}' WITH (FORMAT csv, HEADER true)`],
    {
      stdio: "inherit",
    },
  );
  psql(`ANALYZE ${table}`);
}

/** Runs a command under GNU time for its peak RSS; returns seconds, CPU seconds and bytes. */
function measure(command, args, env, cwd = root) {
  const started = process.hrtime.bigint();
  const run = spawnSync("/usr/bin/time", ["-f", "%M %U %S", command, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 256 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [rssKib, user, system] = run.stderr.trim().split("\n").pop().split(" ").map(Number);
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${command} failed (${run.status}): ${run.stderr}`);
  return { seconds, cpu: user + system, peak: rssKib * 1024, stdout: run.stdout };
}

const repo = mkdtempSync(join(tmpdir(), "slipway-bench-monitor-"));
mkdirSync(join(repo, ".github"));
writeFileSync(
  join(repo, ".github", "slipway.yml"),
  `data:\n  - name: bench\n    source: { postgres: { url-env: BENCH_DATABASE_URL, table: ${table} } }\n    schema: ${join(root, "bench", "data", "schema.yaml")}\n`,
);
const env = { BENCH_DATABASE_URL: url };
const slipway = measure(
  process.execPath,
  [join(root, "dist", "cli", "index.js"), "validate-data", "--json"],
  env,
  repo,
);
const pandas = measure(python, [join(here, "pandas_read_sql.py"), table], env);

const report = JSON.parse(slipway.stdout)[0];
const theirs = JSON.parse(pandas.stdout);
const disagree = Object.entries(theirs.checks).filter(([id, count]) => {
  const check = report.checks.find((c) => c.id === id);
  if (!check) return false;
  // Aggregate checks count 1 when they fail; pandas' lines say the same.
  return (check.unexpected_count ?? 0) !== count;
});
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
console.log(`\n${rows.toLocaleString("en-US")} rows in ${table}; ${report.checks.length} checks\n`);
console.log("| | wall | CPU (client) | peak RSS (client) |");
console.log("| --- | --- | --- | --- |");
console.log(
  `| Slipway, checks pushed down | ${slipway.seconds.toFixed(1)} s | ${slipway.cpu.toFixed(1)} s | ${mb(slipway.peak)} |`,
);
console.log(
  `| pandas.read_sql + checks | ${pandas.seconds.toFixed(1)} s (read ${theirs.read_seconds.toFixed(1)} s) | ${pandas.cpu.toFixed(1)} s | ${mb(pandas.peak)} |`,
);
console.log(
  `| ratio pandas / Slipway | ${(pandas.seconds / slipway.seconds).toFixed(1)}× | | ${(pandas.peak / slipway.peak).toFixed(0)}× |`,
);
console.log(
  disagree.length === 0
    ? `\nthe ${Object.keys(theirs.checks).length} shared checks agree (unexpected counts)`
    : `\nDISAGREE: ${JSON.stringify(disagree)}`,
);
