/**
 * The one definition of `.github/slipway.yml`. Types come from it, the JSON Schema for editors is
 * generated from it (`npm run schema`), and every key is documented here with its default.
 * Keys are kebab-case, as in workflow inputs. Objects are strict: an unknown key is an error that
 * names the path and the nearest valid key (see parse-config.ts).
 */
import { z } from "zod";
import { DRIFT_TESTS } from "../report/types.js";
import { DURATION_HINT, parseDuration } from "./duration.js";
import { monitorSchema } from "./monitor-schema.js";

const duration = z
  .string()
  .refine((text) => parseDuration(text) !== null, { message: `expected ${DURATION_HINT}` })
  .describe(`${DURATION_HINT.replace(/^a /, "A ")}.`);

/** "5%" (relative) or 0.01 (absolute). */
const amount = z
  .union([
    z.number().nonnegative(),
    z.string().regex(/^\d+(\.\d+)?%$/, 'expected a number or a percentage like "5%"'),
  ])
  .describe('An absolute amount (0.01) or a relative one ("5%").');

/** The levels a failed check can fail the run at, written once for the config, the CLI and the actions. */
export const FAIL_ON_LEVELS = ["error", "warning", "never"] as const;
export type FailOnLevel = (typeof FAIL_ON_LEVELS)[number];

const failOn = z
  .enum(FAIL_ON_LEVELS)
  .describe("error: fail on failed checks; warning: also on warnings (drift); never: report only.");

export const driftTestSchema = z.enum(["auto", ...DRIFT_TESTS]);

export const driftColumnSchema = z
  .object({
    method: driftTestSchema
      .default("auto")
      .describe("The test for this column; auto picks as Evidently does."),
    threshold: z
      .number()
      .positive()
      .optional()
      .describe("p-value (ks, chi2, z) or distance (others) threshold."),
  })
  .strict();

export const driftSchema = z
  .object({
    method: driftTestSchema
      .default("auto")
      .describe("The test for every column; auto picks as Evidently does."),
    threshold: z.number().positive().optional().describe("Threshold for every column's test."),
    share: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe("Dataset drift when at least this share of columns drift."),
    columns: z.record(z.string(), driftColumnSchema).default({}).describe("Per-column test and threshold."),
    ignore: z.array(z.string()).default([]).describe("Columns not compared (ids, timestamps)."),
  })
  .strict();

const character = (what: string) => z.string().min(1).max(4).describe(what);

/** A CSV dialect (Frictionless's keys, kebab-case); what is not stated is detected and reported. */
export const dialectSchema = z
  .object({
    delimiter: character("Cell separator, e.g. ';' or '\\t'. Default: detected from the first line."),
    header: z
      .boolean()
      .optional()
      .describe("Whether row 1 is a header. false: names come from the schema (else field1, field2, …)."),
    quote: z.string().max(1).optional().describe("Quote character (default '\"'; '' for none)."),
    escape: z
      .string()
      .max(1)
      .optional()
      .describe("Escape character inside quotes (default: the quote, doubled)."),
    comment: character("Lines starting with this are skipped."),
    "skip-rows": z
      .number()
      .int()
      .min(0)
      .optional()
      .describe("Lines to skip before the header (or first row)."),
    "whitespace-delimited": z
      .boolean()
      .optional()
      .describe("Cells separated by runs of spaces or tabs (numpy.savetxt, aligned tables)."),
    decimal: character("Decimal separator of numbers (default '.')."),
  })
  .partial();
export const postgresSourceSchema = z
  .object({
    "url-env": z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "name an environment variable, e.g. DATABASE_URL")
      .describe("Environment variable holding the database URL (never the URL itself)."),
    table: z
      .string()
      .min(1)
      .optional()
      .describe("Table or view, optionally schema-qualified: public.orders."),
    query: z.string().min(1).optional().describe("A SELECT whose rows are the dataset (instead of table)."),
  })
  .strict()
  .refine((s) => (s.table === undefined) !== (s.query === undefined), {
    message: "give exactly one of table and query",
  });

export const datasetSourceSchema = z
  .object({ postgres: postgresSourceSchema.describe("A PostgreSQL table or query; checks run inside it.") })
  .strict();

export const datasetSchema = z
  .object({
    name: z.string().min(1).describe("Dataset name, shown in reports."),
    path: z.string().min(1).optional().describe("File or glob; csv, tsv, parquet, jsonl, optionally .gz."),
    source: datasetSourceSchema.optional().describe("A database table instead of a file (instead of path)."),
    schema: z.string().optional().describe("Frictionless Table Schema (YAML or JSON) with Slipway extras."),
    reference: z.string().optional().describe("Reference data for drift."),
    drift: driftSchema.optional().describe("How `reference` and this data are compared (needs reference)."),
    "fail-on": failOn.default("error"),
    dialect: dialectSchema
      .optional()
      .describe("How a CSV/TSV/text file is read; unstated keys are detected."),
    encoding: z
      .enum(["utf-8", "latin-1", "cp1252", "utf-16"])
      .optional()
      .describe("Text encoding of the file (default utf-8; a UTF-16 byte-order mark is recognised)."),
  })
  .strict()
  .refine((d) => (d.path === undefined) !== (d.source === undefined), {
    message: "give exactly one of path and source",
  });

export const metricRuleSchema = z
  .object({
    min: z.number().optional().describe("The metric must be at least this."),
    max: z.number().optional().describe("The metric must be at most this."),
    better: z
      .enum(["higher", "lower"])
      .optional()
      .describe("Direction of improvement; default from the metric name."),
    "max-drop": amount
      .optional()
      .describe("Largest allowed fall against the baseline (for higher-is-better)."),
    "max-rise": amount
      .optional()
      .describe("Largest allowed rise against the baseline (for lower-is-better)."),
  })
  .strict();

export const predictionsSchema = z
  .object({
    path: z.string().describe("CSV or Parquet file of predictions."),
    task: z.enum(["classification", "regression"]).describe("Which metrics are computed."),
    label: z.string().default("y").describe("Column with the true value."),
    prediction: z.string().default("y_pred").describe("Column with the predicted value."),
    probabilities: z.array(z.string()).optional().describe("Class-probability columns, p_<class>."),
    positive: z.union([z.string(), z.number()]).optional().describe("Positive class for binary metrics."),
    slices: z
      .array(z.string())
      .default([])
      .describe("Segment columns: metrics per value, named metric[col=value]."),
  })
  .strict();

/** One plot as DVC's dvc.yaml writes it: a file, the x field and the y field(s). */
export const plotSpecSchema = z
  .object({
    path: z.string().min(1).describe("CSV, TSV, JSON or YAML file of rows (DVC plots format)."),
    x: z.string().optional().describe("The x field; default: the row number (DVC's step)."),
    y: z
      .union([z.string(), z.array(z.string()).min(1)])
      .optional()
      .describe("The y field(s); default: the last field of the rows."),
    title: z.string().optional().describe('The chart title; default: "<y> by <x>".'),
  })
  .strict();

export const modelSchema = z
  .object({
    test: z.string().optional().describe("Command that runs the model's tests."),
    junit: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe("JUnit XML results (glob)."),
    evaluate: z.string().optional().describe("Command that writes metrics or predictions."),
    requirements: z
      .string()
      .optional()
      .describe(
        "What the test and evaluate commands need (pip requirements file); default: found beside them, at the root, or in dvc.yaml's deps.",
      ),
    metrics: z.array(z.string()).default([]).describe("DVC-style metrics files (JSON, YAML, TOML, CSV)."),
    predictions: predictionsSchema
      .optional()
      .describe("Predictions Slipway computes metrics from (scikit-learn's definitions)."),
    params: z.array(z.string()).default([]).describe("Parameter files compared with the baseline's."),
    primary: z.string().optional().describe("The metric that ranks variants and trends."),
    rules: z
      .record(z.string(), metricRuleSchema)
      .default({})
      .describe('Per metric; "metric[col=*]" for every slice.'),
    baseline: z
      .object({
        ref: z.string().optional().describe("Git revision whose metric files are the baseline."),
        report: z.string().optional().describe("A slipway-report.json or metrics file as baseline."),
      })
      .strict()
      .optional()
      .describe("What the metrics are compared with."),
    "require-baseline": z
      .boolean()
      .default(false)
      .describe(
        "true: a max-drop/max-rise rule with nothing to compare against (no baseline, or the metric is not in it) fails. false: it is reported as not evaluated.",
      ),
    "fail-on": failOn.default("error"),
    plots: z
      .array(z.union([z.string().min(1), plotSpecSchema]))
      .default([])
      .describe(
        "DVC plots shown in the comment as charts, base branch beside the PR: CSV, TSV, JSON or YAML files (a glob, or { path, x, y, title }), or a dvc.yaml whose plots: are read.",
      ),
  })
  .strict();

export const packageSchema = z
  .object({
    name: z.string().min(1).describe("Model name; the image title."),
    framework: z
      .enum(["sklearn", "custom"])
      .default("sklearn")
      .describe("sklearn: Slipway writes the server and Dockerfile; custom: your own dockerfile."),
    model: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe("Model artifact(s)."),
    dockerfile: z.string().optional().describe("Your own Dockerfile (framework: custom)."),
    context: z.string().default(".").describe("Build context for a custom Dockerfile."),
    python: z.string().default("3.12").describe("Python version of the image."),
    "base-image": z
      .string()
      .optional()
      .describe("Final stage's base image (default docker.io/library/python:<python>-slim)."),
    "build-image": z
      .string()
      .optional()
      .describe("Image the requirements are installed in (default: base-image)."),
    requirements: z.string().optional().describe("Serving requirements file."),
    sample: z.string().optional().describe("JSON sample input for the smoke test."),
    image: z.string().optional().describe("Image repository, e.g. ghcr.io/acme/churn-model."),
    port: z.number().int().positive().default(8080).describe("Port the model server listens on."),
    labels: z.record(z.string(), z.string()).default({}).describe("Extra image labels."),
  })
  .strict();

export const commentSchema = z
  .object({
    enabled: z.boolean().default(true).describe("Post the pull-request comment."),
    trend: z.number().int().min(0).max(100).default(20).describe("Base-branch commits in the trend chart."),
    include: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "The team's Markdown files (globs) added to the comment and job summary, made inert (no HTML, mentions, or links off GitHub).",
      ),
    images: z
      .array(z.string().min(1))
      .default([])
      .describe("PNG and SVG files (globs) put into the report artifact; the comment links them."),
    by: z
      .enum(["auto", "app", "action"])
      .default("auto")
      .describe(
        "Who posts the comment and the check run: app (the Slipway app only), action (the workflow's token, no app needed), auto (the action, unless the app's comment is already on the pull request).",
      ),
  })
  .strict();

const freezeWindowSchema = z.union([
  z
    .object({
      cron: z.string().describe("Start of each window (5-field cron)."),
      duration: duration,
      timezone: z.string().default("UTC").describe("IANA time zone the cron is read in."),
    })
    .strict(),
  z
    .object({
      from: z.string().describe("ISO date-time the window starts."),
      to: z.string().describe("ISO date-time the window ends."),
    })
    .strict(),
]);

export const environmentSchema = z
  .object({
    require: z
      .array(z.enum(["data", "model", "package"]))
      .default([])
      .describe("Report parts that must have passed for the deployed commit."),
    approvals: z.number().int().min(0).default(0).describe("Approvals needed from approvers."),
    approvers: z.array(z.string()).default([]).describe('Users and "@org/team".'),
    "prevent-self-approval": z
      .boolean()
      .default(true)
      .describe("Approvals by whoever deploys or wrote the pull request do not count."),
    branches: z
      .array(z.string())
      .default([])
      .describe(
        "Branch globs allowed to deploy. With branches or tags set, only matching refs may deploy; with neither, any.",
      ),
    tags: z.array(z.string()).default([]).describe("Tag globs allowed to deploy (see branches)."),
    after: z
      .object({
        environment: z.string().describe("Environment the commit must have been deployed to first."),
        soak: duration.default("0s"),
      })
      .strict()
      .optional()
      .describe("Deploy only what was deployed to another environment first, at least soak ago."),
    freeze: z.array(freezeWindowSchema).default([]).describe("Windows in which deployments wait."),
    "override-approvers": z.array(z.string()).default([]).describe("May approve a deploy during a freeze."),
  })
  .strict();

export const configSchema = z
  .object({
    version: z.literal(1).default(1).describe("Version of this file's format."),
    data: z.array(datasetSchema).default([]).describe("Datasets to validate, one entry each."),
    model: modelSchema
      .optional()
      .describe("How the model is tested and evaluated, and the rules its metrics must meet."),
    package: packageSchema.optional().describe("How the model is packaged as a container image."),
    monitor: monitorSchema
      .optional()
      .describe("Scheduled runs: metrics against their history, issues, retraining."),
    comment: commentSchema
      .default({ enabled: true, trend: 20, include: [], images: [], by: "auto" })
      .describe("The pull-request comment the app posts."),
    environments: z
      .record(z.string(), environmentSchema)
      .default({})
      .describe("Deployment policy per GitHub environment name."),
  })
  .strict();

export type Config = z.output<typeof configSchema>;
export type DatasetConfig = z.output<typeof datasetSchema>;
export type DriftConfig = z.output<typeof driftSchema>;
export type DriftTestName = z.output<typeof driftTestSchema>;
export type ModelConfig = z.output<typeof modelSchema>;
export type MetricRule = z.output<typeof metricRuleSchema>;
export type PredictionsConfig = z.output<typeof predictionsSchema>;
export type PlotSpec = z.output<typeof plotSpecSchema>;
export type CommentConfig = z.output<typeof commentSchema>;
export type PackageConfig = z.output<typeof packageSchema>;
export type EnvironmentPolicy = z.output<typeof environmentSchema>;
