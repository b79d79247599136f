/**
 * `slipway run` and the one-step action: everything .github/slipway.yml asks for, in order —
 * data, model, package — each through its own domain entry point (validateDatasets, testModel,
 * packageModel), with slipway-report.json written after each part. What the machine cannot do (no
 * Python with the requirements, no container builder, no registry access) is a skipped part with
 * the reason and the next step, or, in strict mode, an error before any work starts where it can
 * be known then. The world is reached only through `RunSeams`; the adapters choose them.
 */
import { rmSync } from "node:fs";
import { assertConfigFiles } from "../config/assert-config-files.js";
import type { LoadedConfig } from "../config/load-config.js";
import type { Sql } from "../data/sql.js";
import type { MeasureDrift } from "../data/validate-dataset.js";
import { ConfigError } from "../errors.js";
import type { BaseBranchReport } from "../model/baseline/choose-baseline.js";
import type { Git } from "../model/baseline/git-files.js";
import type { ArtifactLookup, ArtifactQuery } from "../model/baseline/latest-report-artifact.js";
import type { RunShell } from "../model/commands/run-shell.js";
import type { ModelFiles } from "../model/files/model-files.js";
import type { ComputePredictions } from "../model/prediction-metrics-seam.js";
import type { Builder, BuilderName } from "../package/builders/builder.js";
import type { DetectOptions } from "../package/builders/detect-builder.js";
import { PackageError } from "../package/errors.js";
import type { GitFacts } from "../package/git-facts.js";
import { emptyReport, mergeReport, type ReportMeta, type ReportPart } from "../report/merge-report.js";
import { writeReportFile } from "../report/report-file.js";
import type { Report } from "../report/types.js";
import type { EnsureImages } from "./base-images.js";
import { PartNotRunError } from "./part-not-run-error.js";
import { preparePython } from "./prepare-python.js";
import type { ProbePython } from "./probe-python.js";
import { readCommentFiles } from "./read-comment-files.js";
import { runDataPart } from "./run-data-part.js";
import { runModelPart } from "./run-model-part.js";
import { type BuilderPlan, prepareBuilder, runPackagePart } from "./run-package-part.js";
import type { PartName, PartOutcome, PythonUsed, RunResult } from "./run-result.js";

export interface RunOptions {
  loaded: LoadedConfig;
  /** Absolute path of slipway-report.json; the run starts it afresh. */
  reportPath: string;
  meta: Partial<ReportMeta>;
  now: Date;
  /** Environment of the team's commands and of the container tools. */
  env: NodeJS.ProcessEnv;
  /** A part the config asks for that cannot run here is an error (exit 2), not a skip. */
  strict: boolean;
  /** A run in which every part was skipped (nothing checked) exits 0, not 2 (`--allow-empty`). */
  allowEmpty?: boolean;
  /** Parts not to run (`--skip`). */
  skip?: readonly PartName[];
  /** `--python` (SLIPWAY_PYTHON is read from `env`). */
  python?: string | null;
  /** `--requirements`: what the model's commands need (default: model.requirements, else found). */
  requirements?: string | null;
  /** The action's pull request base branch, whose report is the baseline when model.baseline names none. */
  baseBranch?: BaseBranchReport | null;
  builder?: BuilderName | null;
  push?: boolean;
  /** Progress lines ("data: validating breast-cancer (data/train.csv)"). */
  onProgress?: (line: string) => void;
  /** The team's commands' output as it comes. */
  onOutput?: (chunk: string) => void;
  /** The builder's output; unset keeps it to the error message when a build fails. */
  onBuildOutput?: (text: string) => void;
}

export interface RunSeams {
  openSql(): Promise<Sql>;
  measureDrift: MeasureDrift;
  runShell: RunShell;
  git(root: string): Git;
  files(root: string): ModelFiles;
  computePredictions: ComputePredictions;
  findArtifact?: (query: ArtifactQuery) => Promise<ArtifactLookup>;
  probePython: ProbePython;
  detectBuilder(options: DetectOptions): Promise<Builder>;
  ensureImages: EnsureImages;
  readGitFacts(root: string, env: NodeJS.ProcessEnv): Promise<GitFacts>;
}

export async function runPipeline(options: RunOptions, seams: RunSeams): Promise<RunResult> {
  const { loaded } = options;
  const { config, root } = loaded;
  const progress = options.onProgress ?? (() => {});
  const skip = new Set(options.skip ?? []);
  // The report says what this run did: an earlier run's must not outlive a run that stops early.
  rmSync(options.reportPath, { force: true });
  if (config.data.length === 0 && !config.model && !config.package) {
    throw new ConfigError(
      loaded.file,
      "",
      "asks for nothing to run: add a data, model or package section (see docs/quickstart.md).",
    );
  }
  assertConfigFiles(loaded);

  // What the machine can do is found out first, so strict mode fails before minutes of work.
  const cannot = (part: PartName, reason: string, next: string | null): PartOutcome => {
    if (options.strict) throw new PartNotRunError(part, reason, next);
    progress(`${part}: skipped — ${reason}`);
    return { part, status: "skipped", reason, next };
  };
  const pythonPlan =
    config.model && !skip.has("model")
      ? await preparePython({
          model: config.model,
          root,
          explicit: options.python ?? null,
          requirements: options.requirements ?? null,
          env: options.env,
          probe: seams.probePython,
        })
      : null;
  if (pythonPlan?.kind === "missing" && options.strict) cannot("model", pythonPlan.reason, pythonPlan.next);
  if (pythonPlan?.kind === "chosen") progress(`model: python ${pythonPlan.summary}`);
  const warnings: string[] = pythonPlan?.kind === "chosen" ? [...pythonPlan.warnings] : [];
  let builderPlan: BuilderPlan | null = null;
  if (config.package && !skip.has("package")) {
    builderPlan = await prepareBuilder(seams.detectBuilder, options.env, options.builder ?? null);
    if (builderPlan.kind === "missing" && options.strict)
      cannot("package", builderPlan.reason, builderPlan.next);
    if (builderPlan.kind === "ready") progress(`package: builder ${builderPlan.builder.name}`);
  }

  let report: Report = emptyReport(options.meta);
  // The run owns the file (removed above): the report is kept here and written whole after each
  // part, so a run cut short leaves what was done, without reading back what it wrote.
  const save = (part: ReportPart) => {
    report = mergeReport(report, { ...part, meta: { ...options.meta, ...part.meta } });
    writeReportFile(options.reportPath, report);
  };
  const parts: PartOutcome[] = [];
  const timed = async (work: () => Promise<PartOutcome>) => {
    const started = performance.now();
    const outcome = await work();
    parts.push(
      "seconds" in outcome ? { ...outcome, seconds: round((performance.now() - started) / 1000) } : outcome,
    );
  };

  await timed(async () => {
    if (config.data.length === 0) return off("data");
    if (skip.has("data")) return skipped("data");
    const result = await runDataPart({
      loaded,
      now: options.now,
      openSql: seams.openSql,
      measureDrift: seams.measureDrift,
      onProgress: (line) => progress(`data: ${line}`),
    });
    save({ data: result.reports });
    return { part: "data", status: result.passed ? "passed" : "failed", summary: result.summary, seconds: 0 };
  });

  let python: PythonUsed | null = null;
  await timed(async () => {
    if (!config.model) return off("model");
    if (skip.has("model")) return skipped("model");
    if (pythonPlan?.kind === "missing") return cannot("model", pythonPlan.reason, pythonPlan.next);
    if (pythonPlan?.kind === "chosen") python = pythonPlan.python;
    const result = await runModelPart({
      loaded,
      model: config.model,
      pythonExecutable: pythonPlan?.kind === "chosen" ? pythonPlan.python.executable : null,
      env: options.env,
      ...(options.baseBranch !== undefined ? { baseBranch: options.baseBranch } : {}),
      seams: {
        runShell: seams.runShell,
        git: seams.git(root),
        files: seams.files(root),
        computePredictions: seams.computePredictions,
        ...(seams.findArtifact ? { findArtifact: seams.findArtifact } : {}),
      },
      onProgress: (line) => progress(`model: ${line}`),
      ...(options.onOutput ? { onOutput: options.onOutput } : {}),
    });
    warnings.push(...result.warnings);
    save({ model: result.report });
    return {
      part: "model",
      status: result.failed ? "failed" : "passed",
      summary: result.summary,
      seconds: 0,
    };
  });

  // Package: an image of what passed, from a model trained in this run (or committed, with no model section).
  await timed(async () => {
    if (!config.package) return off("package");
    if (skip.has("package")) return skipped("package");
    const model = parts.find((part) => part.part === "model");
    if (model?.status === "skipped") {
      return cannot(
        "package",
        "the model was not trained and tested in this run (the model part was skipped)",
        "Fix what stopped the model part; the image is built from a model this run checked.",
      );
    }
    const failed = parts.filter((part) => part.status === "failed").map((part) => part.part);
    if (failed.length > 0) {
      // Not a machine problem: never an error in strict mode, the failure above already fails the run.
      progress(`package: not built — ${failed.join(" and ")} failed`);
      return {
        part: "package",
        status: "skipped",
        reason: `not built: ${failed.join(" and ")} failed`,
        next: "Fix the failures above; `slipway package` builds the image regardless.",
      };
    }
    if (builderPlan?.kind !== "ready") {
      return cannot("package", builderPlan?.reason ?? "no container builder", builderPlan?.next ?? null);
    }
    const result = await runPackagePart({
      loaded,
      builder: builderPlan.builder,
      git: await seams.readGitFacts(root, options.env),
      now: options.now,
      previous: report,
      push: options.push ?? false,
      env: options.env,
      ensureImages: seams.ensureImages,
      onProgress: (line) => progress(`package: ${line}`),
      ...(options.onBuildOutput ? { onBuildOutput: options.onBuildOutput } : {}),
    }).catch((error: unknown) => {
      // Built and smoke-tested, then refused by the registry: keep that evidence in the report.
      if (error instanceof PackageError && error.report) save({ package: error.report });
      throw error;
    });
    if (result.kind === "cannot-pull") return cannot("package", result.reason, result.next);
    save({ package: result.outcome.report });
    const image = result.outcome.report;
    return {
      part: "package",
      status: result.outcome.passed ? "passed" : "failed",
      summary: `${image.tags[0] ?? image.image}, ${Math.round(image.size_bytes / 1e6)} MB, smoke test ${image.smoke ? (image.smoke.passed ? "passed" : "failed") : "not run"}${image.pushed ? ", pushed" : ""}`,
      seconds: 0,
    };
  });

  // The report exists even when every part was skipped: it says so (nothing ran, nothing failed).
  // The team's comment files last: the evaluation may have written them.
  const extras = await readCommentFiles(seams.files(root), config.comment);
  warnings.push(...extras.warnings);
  save({
    ...(extras.sections.length > 0 ? { sections: extras.sections } : {}),
    ...(extras.images.length > 0 ? { images: extras.images } : {}),
  });
  const passed = parts.every((part) => part.status !== "failed");
  const checkedNothing = parts.every((part) => part.status === "skipped" || part.status === "off");
  return {
    report,
    reportPath: options.reportPath,
    parts,
    passed,
    checkedNothing,
    exitCode: !passed ? 1 : checkedNothing && !options.allowEmpty ? 2 : 0,
    python,
    builder: builderPlan?.kind === "ready" ? builderPlan.builder.name : null,
    warnings,
  };
}

function off(part: PartName): PartOutcome {
  return { part, status: "off", reason: `no ${part} section in the config` };
}

function skipped(part: PartName): PartOutcome {
  return { part, status: "skipped", reason: "--skip", next: null };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
