/**
 * Slipway's side of the model-metrics bench: computes the metrics of one predictions file exactly as
 * `slipway test-model` does (openDuckDB + computePredictionMetrics) and prints JSON with its timing
 * and peak RSS. Bundled and run by run.mjs in its own process, so its RSS is its own.
 */
import { basename, dirname } from "node:path";
import { openDuckDB } from "../../src/data/duckdb.js";
import { computePredictionMetrics } from "../../src/model/predictions/index.js";

async function main(): Promise<void> {
  const [file, task] = process.argv.slice(2);
  if (!file || (task !== "classification" && task !== "regression")) {
    console.error("usage: slipway-side <predictions file> classification|regression");
    process.exit(2);
  }
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const sql = await openDuckDB();
  const result = await computePredictionMetrics(
    sql,
    {
      path: basename(file),
      task,
      label: "y",
      prediction: "y_pred",
      probabilities: task === "classification" ? ["p_0", "p_1"] : undefined,
      positive: task === "classification" ? 1 : undefined,
      slices: [],
    },
    { cwd: dirname(file) },
  );
  const seconds = (performance.now() - started) / 1000;
  sql.close();
  console.log(
    JSON.stringify({
      seconds,
      rows: result.rows,
      peak_rss_mb: process.resourceUsage().maxRSS / 1024,
      // CPU time says less about wall-clock speed on an idle machine but stays honest on a busy one.
      cpu_seconds: (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(cpuStart)),
      metrics: result.metrics,
    }),
  );
}

// No top-level await: ncc bundles this without its ESM detection.
main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
