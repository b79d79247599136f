/**
 * The `monitor:` section of .github/slipway.yml: which datasets a scheduled run measures, which
 * metrics, how their history is judged, and what happens on a problem (issues, retraining). Kept
 * beside schema.ts, which includes it, so the section is one file.
 */
import { z } from "zod";
import { DURATION_HINT, parseDuration } from "./duration.js";

const duration = z
  .string()
  .refine((text) => parseDuration(text) !== null, { message: `expected ${DURATION_HINT}` })
  .describe(`${DURATION_HINT.replace(/^a /, "A ")}.`);

export const MONITOR_METRICS = ["rows", "rows-since-last", "null-share", "checks", "drift"] as const;

export const monitorMetricSchema = z.union([
  z
    .enum(MONITOR_METRICS)
    .describe(
      "rows: row count; rows-since-last: rows added since the previous run; null-share: share of NULLs per column; checks: each schema check's failure count; drift: drifted share vs the reference.",
    ),
  z
    .object({ freshness: z.string().min(1).describe("Timestamp column: freshness = now − its maximum.") })
    .strict(),
  z
    .object({
      name: z
        .string()
        .regex(/^[a-z][a-z0-9_-]*$/, "use lower-case letters, digits, - and _")
        .describe("The metric's name."),
      sql: z
        .string()
        .min(1)
        .describe(
          "A query returning one number, run where the data is (the table's database; a file is the view `dataset`).",
        ),
    })
    .strict(),
]);

export const monitorLimitsSchema = z
  .object({
    "max-staleness": duration
      .optional()
      .describe("The newest row must be at most this old (needs freshness)."),
    "min-rows": z.number().int().nonnegative().optional().describe("At least this many rows."),
    "min-rows-since-last": z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe("At least this many new rows since the previous run."),
    "max-null-share": z.number().min(0).max(1).optional().describe("No column more than this share NULL."),
  })
  .strict();

export const retrainSchema = z
  .object({
    when: z
      .array(z.enum(["drift", "anomaly", "checks"]))
      .min(1)
      .default(["drift"])
      .describe("Problems that start a retrain."),
    workflow: z.string().min(1).describe("Workflow file (in .github/workflows) run with workflow_dispatch."),
    ref: z.string().default("main").describe("Branch or tag the workflow runs on."),
    input: z.string().default("reason").describe("The workflow_dispatch input that receives the reason."),
  })
  .strict();

export const monitorSchema = z
  .object({
    datasets: z.array(z.string()).default([]).describe("Names of datasets under data: to watch; empty: all."),
    metrics: z
      .array(monitorMetricSchema)
      .default(["rows", "rows-since-last", "null-share", "checks"])
      .describe("What each run measures."),
    limits: monitorLimitsSchema.default({}).describe("Fixed limits, judged from the first run on."),
    history: z.number().int().min(3).default(30).describe("Runs an expected range is judged on."),
    "min-history": z
      .number()
      .int()
      .min(2)
      .default(7)
      .describe("Runs needed before a metric is judged against its history."),
    sensitivity: z
      .number()
      .positive()
      .default(3.5)
      .describe("Expected range: median ± sensitivity × MAD (scaled to a standard deviation)."),
    seasonality: z
      .enum(["none", "weekly"])
      .default("none")
      .describe("weekly: judge each run against runs on the same weekday (UTC)."),
    issues: z.boolean().default(true).describe("Open, update and close one issue per dataset and problem."),
    labels: z
      .array(z.string())
      .default(["slipway-monitor"])
      .describe("Labels of the issues the monitor opens."),
    retrain: retrainSchema.optional().describe("Dispatch a retrain workflow on these problems."),
    by: z
      .enum(["action", "app"])
      .default("action")
      .describe(
        "Who keeps the history, judges and acts: action (a history artifact; issues and retraining from the workflow) or app (the workflow only measures and uploads slipway-monitor-run; the installed app keeps the history in its store and acts).",
      ),
  })
  .strict();

export type MonitorConfig = z.output<typeof monitorSchema>;
export type MonitorMetric = z.output<typeof monitorMetricSchema>;
export type RetrainConfig = z.output<typeof retrainSchema>;
