/**
 * Finds the baseline the head is compared with, from one of four places: nothing, a file (a
 * slipway-report.json or a metrics file), a git revision (the metric and params files as they
 * were there, read with `git show`), or the base branch's latest `slipway-report` artifact.
 * What could not be found is said plainly in `notes` and compared with nothing; only a file the
 * user named explicitly and that is missing stops the run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { ModelConfig, PredictionsConfig } from "../../config/schema.js";
import { InputError, isSlipwayError } from "../../errors.js";
import { readMetrics } from "../metrics/read-metrics.js";
import { readParams } from "../params/read-params.js";
import type { ComputePredictions } from "../prediction-metrics-seam.js";
import { type Baseline, noBaseline } from "./baseline.js";
import { baselineFromFile, baselineFromReport } from "./baseline-from-report.js";
import { type Git, gitFiles } from "./git-files.js";
import type { ArtifactQuery, FindArtifact } from "./latest-report-artifact.js";

export type BaselineSource =
  | { kind: "none"; reason?: string }
  | { kind: "file"; path: string }
  | { kind: "git"; ref: string }
  | { kind: "artifact"; query: ArtifactQuery };

export interface BaselineContext {
  config: ModelConfig;
  root: string;
  git: Git;
  computePredictions?: ComputePredictions;
  /** Reads GitHub (src/github/find-latest-report-artifact.ts); without it an artifact baseline is none. */
  findArtifact?: FindArtifact;
}

export async function resolveBaseline(source: BaselineSource, context: BaselineContext): Promise<Baseline> {
  switch (source.kind) {
    case "none":
      return noBaseline(source.reason ?? "No baseline configured; compared with nothing.");
    case "file":
      return fromFile(source.path, context.root);
    case "git":
      return fromGit(source.ref, context);
    case "artifact":
      return fromArtifact(source.query, context);
  }
}

function fromFile(path: string, root: string): Baseline {
  const absolute = isAbsolute(path) ? path : resolve(root, path);
  let text: string;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new InputError(
      path,
      code === "ENOENT"
        ? "does not exist. Check --baseline / model.baseline.report."
        : `cannot be read (${code}).`,
      {},
      { cause },
    );
  }
  return baselineFromFile(text, path);
}

async function fromGit(ref: string, context: BaselineContext): Promise<Baseline> {
  const commit = await context.git.resolve(ref);
  if (!commit) {
    return noBaseline(
      `Baseline ref "${ref}" does not exist in this clone; compared with nothing. ` +
        "Fetch it first (git fetch origin, or actions/checkout with fetch-depth: 0).",
    );
  }
  const where = `${ref} (${commit.slice(0, 7)})`;
  const files = gitFiles(context.git, commit, where);
  const { config } = context;
  const metrics = await readMetrics(files, config.metrics);
  const params = await readParams(files, config.params);
  const notes = [`Baseline: the files at ${where}.`, ...metrics.notes, ...params.notes];
  for (const path of metrics.missing) notes.push(`${path} does not exist at ${where}.`);
  for (const path of params.missing) notes.push(`${path} does not exist at ${where}.`);
  let found = metrics.files.length > 0;
  const values = { ...metrics.metrics };
  if (config.predictions && context.computePredictions) {
    const bytes = await files.read(config.predictions.path);
    if (bytes === null) notes.push(`${config.predictions.path} does not exist at ${where}.`);
    else {
      found = true;
      Object.assign(values, await predictionsAt(bytes, config.predictions, context.computePredictions));
    }
  }
  if (!found) {
    return {
      ...noBaseline(...notes.slice(1), `No metrics at ${where}; compared with nothing.`),
      params: params.params,
    };
  }
  return { metrics: values, params: params.params, ref, notes };
}

/** The predictions file as it was at the revision, written to a scratch folder for DuckDB to read. */
async function predictionsAt(
  bytes: Buffer,
  predictions: PredictionsConfig,
  compute: ComputePredictions,
): Promise<Record<string, number>> {
  const scratch = mkdtempSync(join(tmpdir(), "slipway-baseline-"));
  try {
    const target = join(scratch, predictions.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    return (await compute(predictions, { cwd: scratch })).metrics;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function fromArtifact(query: ArtifactQuery, context: BaselineContext): Promise<Baseline> {
  const what = `the latest "${query.artifactName}" artifact of ${query.branch}`;
  if (!context.findArtifact)
    return noBaseline(`No baseline from ${what}: nothing here reads GitHub. Compared with nothing.`);
  const lookup = await context.findArtifact(query);
  if (!lookup.found) return noBaseline(`No baseline from ${what}: ${lookup.reason}. Compared with nothing.`);
  const source = `${query.artifactName} of run ${lookup.runId}`;
  let raw: unknown;
  try {
    raw = JSON.parse(lookup.text);
  } catch {
    return noBaseline(
      `No baseline from ${what}: its slipway-report.json is not JSON. Compared with nothing.`,
    );
  }
  try {
    const baseline = baselineFromReport(raw, source, lookup.headSha);
    if (baseline.metrics === null) return noBaseline(`No baseline from ${what}: ${baseline.notes.join(" ")}`);
    return {
      ...baseline,
      notes: [
        `Baseline: ${what}, from run ${lookup.runUrl} at ${lookup.headSha.slice(0, 7)}.`,
        ...baseline.notes.slice(1),
      ],
    };
  } catch (error) {
    // A report we cannot use is no reason to fail the pull request: say so, compare with nothing.
    if (isSlipwayError(error))
      return noBaseline(`No baseline from ${what}: ${error.message}. Compared with nothing.`);
    throw error;
  }
}
