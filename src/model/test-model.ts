/**
 * Model testing, end to end: run the team's tests and evaluation, read the JUnit results, the
 * metrics (files and/or predictions) and the params, find the baseline, check that the config
 * names real metrics, judge the rules, and return the ModelReport. The world is reached only
 * through the seams in `TestModelSeams`; the adapters (CLI, action) choose them.
 */
import { relative } from "node:path";
import type { ModelConfig } from "../config/schema.js";
import { ConfigError, InputError } from "../errors.js";
import { diffParams } from "../report/diff-params.js";
import type { ModelReport, TestSummary } from "../report/types.js";
import type { Baseline } from "./baseline/baseline.js";
import type { Git } from "./baseline/git-files.js";
import type { ArtifactLookup, ArtifactQuery } from "./baseline/latest-report-artifact.js";
import { type BaselineSource, resolveBaseline } from "./baseline/resolve-baseline.js";
import { CommandFailedError } from "./commands/command-failed-error.js";
import { type CommandResult, outputTail, type RunShell } from "./commands/run-shell.js";
import type { ModelFiles } from "./files/model-files.js";
import { emptyTestSummary } from "./junit/parse-junit.js";
import { readJUnit } from "./junit/read-junit.js";
import { PREDICTION_METRIC_NAMES } from "./metrics/prediction-metric-names.js";
import { readMetrics } from "./metrics/read-metrics.js";
import { readParams } from "./params/read-params.js";
import { readPlots } from "./plots/read-plots.js";
import type { ComputePredictions } from "./prediction-metrics-seam.js";
import type { ConfusionMatrix } from "./predictions/types.js";
import { checkMetricNames } from "./rules/check-metric-names.js";
import { evaluateRules } from "./rules/evaluate-rules.js";

export interface TestModelOptions {
  config: ModelConfig;
  /** The config file (absolute), for messages. */
  configFile: string;
  /** The repository root: commands run here and config paths start here. */
  root: string;
  /** Which configured commands to run now (a command that ran in an earlier step is not run again). */
  run: { test: boolean; evaluate: boolean };
  /** Exit code of a test command that ran in an earlier step, when known. */
  testExitCode?: number | null;
  baseline: BaselineSource;
  /** Environment of the commands. */
  env?: NodeJS.ProcessEnv;
  /** The commands' output as it comes. */
  onOutput?: (chunk: string) => void;
  /** Progress lines ("Running the tests: pytest -q"). */
  log?: (line: string) => void;
}

export interface TestModelSeams {
  /** The head's files (the working tree). */
  files: ModelFiles;
  git: Git;
  runShell: RunShell;
  computePredictions?: ComputePredictions;
  findArtifact?: (query: ArtifactQuery) => Promise<ArtifactLookup>;
}

export interface TestModelResult {
  report: ModelReport;
  /** Config that looks like a mistake, and notes on what was read; for the log. */
  warnings: string[];
  commands: CommandResult[];
}

export async function testModel(options: TestModelOptions, seams: TestModelSeams): Promise<TestModelResult> {
  const { config, root } = options;
  const configFile = shownPath(options.configFile, root);
  const log = options.log ?? (() => {});
  const commands: CommandResult[] = [];
  const runCommand = async (command: string, what: string) => {
    log(`Running ${what}: ${command}`);
    const result = await seams.runShell(command, { cwd: root, env: options.env, onOutput: options.onOutput });
    commands.push(result);
    return result;
  };

  let testExitCode = options.testExitCode ?? null;
  if (options.run.test && config.test) testExitCode = (await runCommand(config.test, "the tests")).exitCode;
  if (options.run.evaluate && config.evaluate) {
    const result = await runCommand(config.evaluate, "the evaluation");
    if (result.exitCode !== 0) throw new CommandFailedError(configFile, "model.evaluate", result);
  }

  const tests = await readTests(
    config,
    seams.files,
    testExitCode,
    commands.find((c) => c.command === config.test),
  );
  const head = await readHead(config, configFile, root, seams);
  const plots =
    config.plots.length > 0
      ? await readPlots(
          seams.files,
          config.plots,
          config.evaluate
            ? `Make \`${config.evaluate}\` write it, or fix model.plots.`
            : "Run your evaluation first, or fix model.plots.",
        )
      : null;
  const baseline = await resolveBaseline(options.baseline, {
    config,
    root,
    git: seams.git,
    computePredictions: seams.computePredictions,
    findArtifact: seams.findArtifact,
  });

  const problems = checkMetricNames({
    ruleKeys: Object.keys(config.rules),
    primary: config.primary,
    available: Object.keys(head.metrics),
    known: config.predictions ? PREDICTION_METRIC_NAMES : [],
    sources: head.sources,
  });
  const [only] = problems;
  if (only && problems.length === 1) throw new ConfigError(configFile, only.keyPath, only.message);
  if (problems.length > 1) {
    throw new ConfigError(
      configFile,
      "",
      `\n  ${problems.map((p) => `${p.keyPath}: ${p.message}`).join("\n  ")}`,
    );
  }

  const outcome = evaluateRules({
    metrics: head.metrics,
    baseline: baseline.metrics,
    rules: config.rules,
    requireBaseline: config["require-baseline"],
  });
  // A baseline whose metrics could not be found may still have had its params read (a git ref).
  const paramsCompared = baseline.metrics !== null || Object.keys(baseline.params).length > 0;
  const report: ModelReport = {
    // Not evaluated is no failure unless model.require-baseline made it one.
    passed: tests.failed === 0 && outcome.results.every((result) => result.state !== "failed"),
    tests,
    metrics: head.metrics,
    baseline: baseline.metrics,
    baseline_ref: baseline.ref,
    rules: outcome.results,
    params: head.params,
    params_baseline: baseline.params,
    params_changes: paramsCompared ? diffParams(head.params, baseline.params) : null,
    primary: config.primary ?? null,
    directions: outcome.directions,
    notes: [...baseline.notes, ...head.notes, ...(plots?.notes ?? [])],
    confusion: head.confusion,
    ...(plots ? { plots: plots.plots } : {}),
  };
  return { report, warnings: outcome.warnings, commands };
}

/** Whether a report should fail the step or command, given `fail-on`. */
export function modelFails(report: ModelReport, failOn: ModelConfig["fail-on"]): boolean {
  return failOn !== "never" && !report.passed;
}

async function readTests(
  config: ModelConfig,
  files: ModelFiles,
  exitCode: number | null,
  ran: CommandResult | undefined,
): Promise<TestSummary> {
  const patterns = config.junit === undefined ? [] : [config.junit].flat();
  const junit =
    patterns.length > 0 ? await readJUnit(files, patterns) : { summary: emptyTestSummary(), files: [] };
  if (patterns.length > 0 && junit.files.length === 0 && !exitCode) {
    throw new InputError(
      patterns.join(", "),
      config.test
        ? `matched no JUnit file after the tests ran. Make the test command write one (e.g. pytest --junitxml=${patterns[0]}), or fix model.junit.`
        : "matched no JUnit file. Run your tests with JUnit output first, or fix model.junit.",
    );
  }
  const summary = junit.summary;
  if (exitCode && summary.failed === 0) {
    // The runner failed without naming a failing test (a collection error, a crash, no JUnit at all).
    const tail = ran ? outputTail(ran.output, 5) : "";
    summary.failed += 1;
    summary.failures.push({
      name: config.test ?? "the test command",
      message: `exited with code ${exitCode}${junit.files.length === 0 ? " and wrote no JUnit results" : ""}${tail ? `: ${tail}` : "."}`,
    });
  }
  return summary;
}

interface Head {
  metrics: Record<string, number>;
  params: Record<string, unknown>;
  confusion: ConfusionMatrix | null;
  notes: string[];
  /** Where the metrics came from, for messages. */
  sources: string;
}

async function readHead(
  config: ModelConfig,
  configFile: string,
  root: string,
  seams: TestModelSeams,
): Promise<Head> {
  const metrics = await readMetrics(seams.files, config.metrics);
  for (const path of metrics.missing) {
    throw new InputError(
      path,
      config.evaluate
        ? `does not exist after the evaluation ran. Make \`${config.evaluate}\` write it, or fix model.metrics.`
        : "does not exist. Run your evaluation first, or fix model.metrics.",
    );
  }
  const values = { ...metrics.metrics };
  const sources = [...metrics.files];
  let confusion: ConfusionMatrix | null = null;
  if (config.predictions) {
    if (!seams.computePredictions) {
      throw new ConfigError(
        configFile,
        "model.predictions",
        "metrics from predictions are not available here.",
      );
    }
    const computed = await seams.computePredictions(config.predictions, { cwd: root, configFile });
    for (const [name, value] of Object.entries(computed.metrics)) {
      // A metric read from a file has that file in sources (readMetrics): the two would clash.
      const source = metrics.sources[name];
      if (source !== undefined) {
        throw new InputError(
          source,
          `metric "${name}" is also computed from ${config.predictions.path}; rename it in the file, or drop it.`,
          { field: name },
        );
      }
      values[name] = value;
    }
    confusion = computed.confusion;
    sources.push(config.predictions.path);
  }
  const params = await readParams(seams.files, config.params);
  for (const path of params.missing) {
    throw new InputError(path, "does not exist. Fix model.params, or commit the params file.");
  }
  return {
    metrics: values,
    params: params.params,
    confusion,
    notes: [...metrics.notes, ...params.notes],
    sources:
      sources.length > 0 ? sources.join(", ") : "the files (model.metrics and model.predictions are empty)",
  };
}

function shownPath(file: string, root: string): string {
  const rel = relative(root, file);
  return rel && !rel.startsWith("..") ? rel : file;
}

export type { Baseline, BaselineSource };
