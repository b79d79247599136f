/**
 * Computes model metrics from a predictions file (CSV or Parquet: label, prediction, optional class
 * probabilities and slice columns) so every team gets scikit-learn's definitions. The work runs as
 * DuckDB aggregates over the file — a few scans, memory independent of the row count — and is
 * finished in TypeScript from the small results.
 */
import type { PredictionsConfig } from "../../config/schema.js";
import { openDataset } from "../../data/open-dataset.js";
import type { Sql } from "../../data/sql.js";
import { ConfigError, InputError } from "../../errors.js";
import { classificationMetrics } from "./classification-metrics.js";
import { regressionMetrics } from "./regression-metrics.js";
import type { PredictionInput, PredictionMetrics } from "./types.js";

export interface PredictionMetricsOptions {
  /** Relative paths in the config are read from here. */
  cwd: string;
  /** The config file, for messages about config keys. Default .github/slipway.yml. */
  configFile?: string;
}

const KEY = "model.predictions";

export async function computePredictionMetrics(
  sql: Sql,
  config: PredictionsConfig,
  options: PredictionMetricsOptions,
): Promise<PredictionMetrics> {
  const configFile = options.configFile ?? ".github/slipway.yml";
  // The config schema already admits only these two; callers that build a config by hand get the same answer.
  const task: string = config.task;
  if (task !== "classification" && task !== "regression") {
    throw new ConfigError(
      configFile,
      `${KEY}.task`,
      `unknown task ${JSON.stringify(task)}; expected classification or regression.`,
    );
  }
  const probabilities = config.probabilities ?? [];
  if (task === "regression" && probabilities.length > 0) {
    throw new ConfigError(
      configFile,
      `${KEY}.probabilities`,
      "class probabilities were given for a regression task; remove them or set task: classification.",
    );
  }

  const dataset = await openDataset(sql, config.path, { cwd: options.cwd, typed: true });
  const reject = dataset.rejects[0];
  if (reject) {
    throw new InputError(
      dataset.files.length > 1 ? reject.file : config.path,
      `this row cannot be read (${reject.message.split("\n")[0]}).`,
      {
        line: reject.line,
        ...(reject.column ? { field: reject.column } : {}),
      },
    );
  }
  if (dataset.rows === 0) {
    throw new InputError(config.path, "has no rows of predictions: metrics need at least one row.");
  }

  const column = (name: string, key: string) => {
    const found = dataset.columns.find((c) => c.name === name);
    if (!found) {
      throw new InputError(
        config.path,
        `has no column "${name}" (${KEY}.${key}). Its columns are: ${dataset.columns.map((c) => c.name).join(", ")}.`,
        { field: name },
      );
    }
    return found;
  };
  const input: PredictionInput = {
    file: config.path,
    view: dataset.view,
    rows: dataset.rows,
    files: dataset.files,
    rowsPerFile: dataset.rowsPerFile,
    label: column(config.label, "label"),
    prediction: column(config.prediction, "prediction"),
    probabilities: probabilities.map((name) => column(name, "probabilities")),
    slices: config.slices.map((name) => column(name, "slices")),
    positive: config.positive === undefined ? null : String(config.positive),
  };
  try {
    return task === "classification"
      ? await classificationMetrics(sql, input)
      : await regressionMetrics(sql, input);
  } finally {
    await sql.run(`DROP VIEW IF EXISTS "${dataset.view.replaceAll('"', '""')}"`).catch(() => undefined);
  }
}
