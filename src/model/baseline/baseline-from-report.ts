/**
 * A baseline from a file: a slipway-report.json (its model's metrics and params), or any metrics
 * file Slipway reads. A report is checked against slipway/report@1 (src/report/report-schema.ts)
 * before anything is taken from it — it may come from another workflow run — and a report of
 * another version is named as such, not guessed at.
 */
import { InputError } from "../../errors.js";
import { parseReport } from "../../report/report-schema.js";
import { parseMetricsFile } from "../metrics/parse-metrics-file.js";
import { type Baseline, noBaseline } from "./baseline.js";

/** `file` names the file in messages; `ref` is what the report's baseline_ref will say. */
export function baselineFromFile(text: string, file: string, ref: string = file): Baseline {
  const json = file.toLowerCase().endsWith(".json") ? tryJson(text) : undefined;
  if (json !== undefined && isReportLike(json)) return baselineFromReport(json, file, ref);
  const { metrics } = parseMetricsFile(text, file);
  return { metrics, params: {}, ref, notes: [`Baseline: the metrics in ${file}.`] };
}

export function baselineFromReport(raw: unknown, file: string, ref: string): Baseline {
  const parsed = parseReport(raw, file);
  if (!parsed.ok) throw new InputError(file, parsed.message.replace(`${file} `, ""));
  const model = parsed.report.model;
  if (!model)
    return noBaseline(`${file} has no model part (its run did not test a model); compared with nothing.`);
  return {
    metrics: { ...model.metrics },
    params: { ...model.params },
    ref,
    notes: [`Baseline: the model report in ${file}.`],
  };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // not JSON (or NaN tokens): the metrics reader says what is wrong with it
  }
}

/** A JSON object with a "schema" field is meant as a report, whatever its version. */
function isReportLike(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value) && "schema" in value;
}
