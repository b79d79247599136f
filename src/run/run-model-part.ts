/**
 * The model part of a run: testModel (as `slipway test-model`) running the config's test and
 * evaluate commands with the chosen Python as their `python`, against model.baseline, else (the
 * action, in a pull request) the base branch's report.
 */
import type { LoadedConfig } from "../config/load-config.js";
import type { ModelConfig } from "../config/schema.js";
import { type BaseBranchReport, chooseBaseline } from "../model/baseline/choose-baseline.js";
import type { Git } from "../model/baseline/git-files.js";
import type { ArtifactLookup, ArtifactQuery } from "../model/baseline/latest-report-artifact.js";
import type { RunShell } from "../model/commands/run-shell.js";
import type { ModelFiles } from "../model/files/model-files.js";
import type { ComputePredictions } from "../model/prediction-metrics-seam.js";
import { modelFails, testModel } from "../model/test-model.js";
import { modelCounts } from "../report/model-summary.js";
import type { ModelReport } from "../report/types.js";
import { pythonEnv } from "./python-shims.js";

export interface ModelPartOptions {
  loaded: LoadedConfig;
  model: ModelConfig;
  /** The interpreter that becomes the commands' python and python3; null runs them with `env` as is. */
  pythonExecutable: string | null;
  env: NodeJS.ProcessEnv;
  /** The action's pull request base branch (see chooseBaseline). */
  baseBranch?: BaseBranchReport | null;
  seams: {
    runShell: RunShell;
    git: Git;
    files: ModelFiles;
    computePredictions: ComputePredictions;
    findArtifact?: (query: ArtifactQuery) => Promise<ArtifactLookup>;
  };
  onProgress: (line: string) => void;
  onOutput?: (chunk: string) => void;
}

export interface ModelPartResult {
  report: ModelReport;
  /** By model.fail-on. */
  failed: boolean;
  warnings: string[];
  summary: string;
}

export async function runModelPart(options: ModelPartOptions): Promise<ModelPartResult> {
  const { loaded, model } = options;
  const shims = options.pythonExecutable ? pythonEnv(options.pythonExecutable, options.env) : null;
  try {
    const result = await testModel(
      {
        config: model,
        configFile: loaded.file,
        root: loaded.root,
        run: { test: true, evaluate: true },
        baseline: chooseBaseline({ config: model.baseline, baseBranch: options.baseBranch }),
        env: shims?.env ?? options.env,
        ...(options.onOutput ? { onOutput: options.onOutput } : {}),
        log: options.onProgress,
      },
      options.seams,
    );
    return {
      report: result.report,
      failed: modelFails(result.report, model["fail-on"]),
      warnings: result.warnings,
      summary: modelSummary(result.report, model.primary),
    };
  } finally {
    shims?.remove();
  }
}

function modelSummary(model: ModelReport, primary: string | undefined): string {
  const value = primary === undefined ? undefined : model.metrics[primary];
  const head = value === undefined ? "" : `${primary} ${Number(value.toPrecision(4))}, `;
  // The part's status says passed or failed already.
  return `${head}${modelCounts(model)}`;
}
