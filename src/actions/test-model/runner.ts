/**
 * The test-model step: read inputs and the config, test the model against its baseline, then write
 * slipway-report.json, the job summary, one annotation per failed rule or test, and the outputs
 * `passed` and `report-path`. The composite action may already have run the test and evaluate
 * commands as steps of their own (inputs `test` / `evaluate`); commands only in the config run here.
 * The only try/catch: anything thrown fails the step with one line and a summary saying why.
 */
import { resolve } from "node:path";
import * as core from "@actions/core";
import { loadConfig } from "../../config/load-config.js";
import { FAIL_ON_LEVELS, type ModelConfig } from "../../config/schema.js";
import { ConfigError, describeFailure } from "../../errors.js";
import { findLatestReportArtifact } from "../../github/find-latest-report-artifact.js";
import { chooseBaseline } from "../../model/baseline/choose-baseline.js";
import { commandGit } from "../../model/baseline/git-files.js";
import { runShell } from "../../model/commands/run-shell.js";
import { workingTreeFiles } from "../../model/files/model-files.js";
import { duckdbPredictions } from "../../model/prediction-metrics-seam.js";
import { modelFails, testModel } from "../../model/test-model.js";
import { formatNumber } from "../../report/format.js";
import { codeBlock } from "../../report/markdown/escape.js";
import { renderModelMarkdown } from "../../report/markdown/render-model.js";
import { describeRule } from "../../report/model-summary.js";
import { writeReportPart } from "../../report/report-file.js";
import { ruleState } from "../../report/rule-state.js";
import { readCommentFiles } from "../../run/read-comment-files.js";
import { actionSetting, parseOneOf } from "../action-setting.js";
import { baseBranchReport } from "../base-branch-artifact.js";
import { reportMetaFromEnv } from "../report-meta.js";

export async function run(): Promise<void> {
  try {
    const env = process.env;
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const loaded = loadConfig({ cwd: workspace, path: core.getInput("config") || undefined });
    for (const warning of loaded.warnings) core.warning(warning);
    if (!loaded.config.model) {
      throw new ConfigError(
        loaded.file,
        "model",
        "is missing: add a model section to test a model (see README).",
      );
    }
    const inputs = {
      test: core.getInput("test"),
      evaluate: core.getInput("evaluate"),
      testExitCode: core.getInput("test-exit-code"),
    };
    // Input, else the config, else the default (actionSetting logs each override).
    const config = loaded.config.model;
    const model: ModelConfig = { ...config };
    for (const key of ["test", "evaluate", "junit"] as const) {
      const value = actionSetting<string | string[] | undefined>(key, {
        config: { key: `model.${key}`, value: config[key] },
        fallback: undefined,
      });
      if (value !== undefined) model[key] = value as string;
    }
    const failOn = actionSetting<ModelConfig["fail-on"]>("fail-on", {
      config: { key: "model.fail-on", value: config["fail-on"] },
      fallback: "error",
      parse: parseOneOf(FAIL_ON_LEVELS),
    });

    const result = await testModel(
      {
        config: model,
        configFile: loaded.file,
        root: loaded.root,
        // A command given as an input ran as a step of the composite action already.
        run: { test: !inputs.test, evaluate: !inputs.evaluate },
        testExitCode: inputs.testExitCode === "" ? null : Number(inputs.testExitCode),
        baseline: chooseBaseline({
          file: core.getInput("baseline"),
          ref: core.getInput("baseline-ref"),
          config: model.baseline,
          baseBranch: baseBranchReport(
            core.getInput("baseline-branch") || env.GITHUB_BASE_REF,
            env,
            core.getInput("token"),
            core.getInput("artifact-name"),
          ),
          optionNames: "baseline, baseline-ref",
        }),
        onOutput: (chunk) => process.stdout.write(chunk),
        log: core.info,
      },
      {
        files: workingTreeFiles(loaded.root),
        git: commandGit(loaded.root),
        runShell,
        computePredictions: duckdbPredictions,
        findArtifact: (query) => findLatestReportArtifact(query),
      },
    );
    for (const warning of result.warnings) core.warning(warning);
    const { report } = result;

    const reportPath = resolve(workspace, core.getInput("report-path") || "slipway-report.json");
    // The team's Markdown (comment.include) rides in the report for the app's comment; images
    // need the one-step action, which uploads them beside the report.
    const { sections, warnings } = await readCommentFiles(workingTreeFiles(loaded.root), {
      include: loaded.config.comment.include,
      images: [],
    });
    for (const warning of warnings) core.warning(warning);
    writeReportPart(
      reportPath,
      { model: report, ...(sections.length > 0 ? { sections } : {}) },
      reportMetaFromEnv(env),
    );
    for (const rule of report.rules.filter((r) => ruleState(r) === "failed")) {
      const change =
        rule.delta !== undefined && rule.delta !== null ? ` (change ${formatNumber(rule.delta)})` : "";
      core.error(`${rule.metric} = ${formatNumber(rule.value)} breaks ${describeRule(rule)}${change}.`, {
        title: `Model rule failed: ${rule.metric}`,
      });
    }
    for (const failure of report.tests.failures) {
      // Point at the test's source when the runner said it; the JUnit file itself is no place to look.
      const file = failure.file && !failure.file.toLowerCase().endsWith(".xml") ? { file: failure.file } : {};
      core.error(failure.message, { title: `Test failed: ${failure.name}`, ...file });
    }
    await core.summary.addRaw(renderModelMarkdown(report), true).write();

    core.setOutput("passed", String(report.passed));
    core.setOutput("report-path", reportPath);
    if (modelFails(report, failOn)) {
      core.setFailed(`Model testing failed (fail-on: ${failOn}); see the job summary.`);
    }
  } catch (error) {
    const failure = describeFailure(error);
    core.setOutput("passed", "false");
    core.setFailed(failure.message);
    try {
      await core.summary
        .addRaw(`#### ❌ Model\n\nSlipway could not test the model:\n\n${codeBlock(failure.message)}\n`, true)
        .write();
    } catch {
      // No summary file (a run outside GitHub): the failure above already says everything.
    }
  }
}
