/** The real world for runPipeline: DuckDB, the shell, git, Python, container tools. The CLI and the action use these. */
import { openDuckDB } from "../data/duckdb.js";
import { measureDrift } from "../data/measure-drift.js";
import { findLatestReportArtifact } from "../github/find-latest-report-artifact.js";
import { commandGit } from "../model/baseline/git-files.js";
import { runShell } from "../model/commands/run-shell.js";
import { workingTreeFiles } from "../model/files/model-files.js";
import { duckdbPredictions } from "../model/prediction-metrics-seam.js";
import { detectBuilder } from "../package/builders/detect-builder.js";
import { readGitFacts } from "../package/read-git-facts.js";
import { ensureImages } from "./base-images.js";
import { probePython } from "./probe-python.js";
import type { RunSeams } from "./run-pipeline.js";

export function defaultRunSeams(): RunSeams {
  return {
    openSql: () => openDuckDB(),
    measureDrift,
    runShell,
    git: commandGit,
    files: workingTreeFiles,
    computePredictions: duckdbPredictions,
    probePython,
    detectBuilder,
    ensureImages,
    readGitFacts: (root, env) => readGitFacts(root, env),
    findArtifact: (query) => findLatestReportArtifact(query),
  };
}
