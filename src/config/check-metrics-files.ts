/**
 * What can be known about the metrics files before a run: each has a format Slipway reads, and
 * none gives a metric the predictions file also gives (`accuracy` from metrics.json and from
 * reports/predictions.csv) — found today only after minutes of training, when the two meet. A
 * metrics file the evaluation rewrites is read as it is now (committed, or from the last run):
 * the names an evaluation writes rarely change between runs.
 */
import { isSlipwayError } from "../errors.js";
import {
  isMetricsFormat,
  METRICS_FORMATS_HINT,
  parseMetricsFile,
} from "../model/metrics/parse-metrics-file.js";
import { predictionMetricNamesFor } from "../model/metrics/prediction-metric-names.js";
import { parseMetricName } from "../model/rules/metric-name.js";
import type { ConfigFileProblem, RepositoryFiles } from "./check-config-files.js";
import { isGlob } from "./globs.js";
import type { ModelConfig } from "./schema.js";

export function checkMetricsFiles(model: ModelConfig, files: RepositoryFiles): ConfigFileProblem[] {
  const problems: ConfigFileProblem[] = [];
  const predictions = model.predictions;
  const computed = predictions ? new Set(predictionMetricNamesFor(predictions.task)) : new Set<string>();
  const slices = new Set(predictions?.slices ?? []);
  /** A name the predictions file gives too: a computed metric, overall or for a configured slice. */
  const clashes = (name: string) => {
    const parsed = parseMetricName(name);
    return computed.has(parsed.base) && (parsed.slice === null || slices.has(parsed.slice.column));
  };
  for (const [i, pattern] of model.metrics.entries()) {
    const keyPath = ["model", "metrics", i];
    const paths = isGlob(pattern) ? files.glob(pattern) : [pattern];
    for (const path of paths) {
      if (!isMetricsFormat(path)) {
        problems.push({
          keyPath,
          path,
          level: "error",
          detail: `"${path}" is not a metrics format Slipway reads; write ${METRICS_FORMATS_HINT}, or leave it out of model.metrics.`,
        });
        continue;
      }
      if (!predictions) continue;
      const text = files.read(path);
      if (text === null) continue;
      let names: string[];
      try {
        names = Object.keys(parseMetricsFile(text, path).metrics);
      } catch (error) {
        // The evaluation may rewrite a broken file; the run reports it if it does not.
        if (isSlipwayError(error)) continue;
        throw error;
      }
      const both = names.filter(clashes);
      if (both.length === 0) continue;
      problems.push({
        keyPath,
        path,
        level: "error",
        detail:
          `"${path}" gives ${list(both)}, which ${both.length === 1 ? "is" : "are"} also computed from ${predictions.path} (model.predictions); ` +
          "a metric must come from one place. Rename or nest it in the file (cv.accuracy), or drop model.predictions.",
      });
    }
  }
  return problems;
}

function list(names: string[]): string {
  const quoted = names.slice(0, 5).map((name) => `"${name}"`);
  return names.length > 5 ? `${quoted.join(", ")} and ${names.length - 5} more` : quoted.join(", ");
}
