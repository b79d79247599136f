/**
 * Slipway's side of the drift bench: opens the reference and current files and computes drift
 * exactly as `slipway drift` does (openDataset + computeDrift), with the default tests and then
 * with KS forced on the numeric columns; prints JSON with timings and peak RSS. Bundled and run by
 * run.mjs in its own process, so its RSS is its own.
 */
import { dirname } from "node:path";
import { computeDrift } from "../../src/data/drift/compute-drift.js";
import { openDuckDB } from "../../src/data/duckdb.js";
import { openDataset } from "../../src/data/open-dataset.js";

async function main(): Promise<void> {
  const [referencePath, currentPath] = process.argv.slice(2);
  if (!referencePath || !currentPath) {
    console.error("usage: slipway-side <reference> <current>");
    process.exit(2);
  }
  const started = performance.now();
  const sql = await openDuckDB();
  const open = (path: string, name: string) =>
    openDataset(sql, path, { cwd: dirname(path), name, typed: true });
  const reference = await open(referencePath, "reference");
  const current = await open(currentPath, "current");
  const opened = performance.now();
  const sources = {
    reference: { relation: reference.view, columns: reference.columns, rows: reference.rows },
    current: { relation: current.view, columns: current.columns, rows: current.rows },
  };
  const auto = await computeDrift(sql, { ...sources, referenceLabel: referencePath });
  const autoDone = performance.now();
  const ks = await computeDrift(sql, {
    ...sources,
    config: { columns: { num_same: { method: "ks" }, num_shift: { method: "ks" } } },
    referenceLabel: referencePath,
  });
  const ksDone = performance.now();
  sql.close();
  console.log(
    JSON.stringify({
      rows: reference.rows + current.rows,
      open_seconds: (opened - started) / 1000,
      auto_seconds: (autoDone - opened) / 1000,
      ks_seconds: (ksDone - autoDone) / 1000,
      seconds: (autoDone - started) / 1000,
      peak_rss_mb: process.resourceUsage().maxRSS / 1024,
      auto: auto.columns,
      ks: ks.columns.filter((c) => c.test === "ks"),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
