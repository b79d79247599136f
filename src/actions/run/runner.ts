/**
 * The one-step action's bundled step: read inputs and the config, run what .github/slipway.yml
 * asks for (runPipeline, as `slipway run` does), then write the job summary — the pull-request
 * comment as the app will post it — one annotation per failed check, rule or test, and the outputs.
 * Strict by default: on a runner, a part that cannot run fails the step rather than pass unchecked.
 * The only try/catch; anything thrown fails the step with one line and a summary saying why.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import * as core from "@actions/core";
import { loadConfig } from "../../config/load-config.js";
import { describeFailure, InputError } from "../../errors.js";
import { BUILDER_NAMES, type BuilderName } from "../../package/builders/builder.js";
import { formatNumber } from "../../report/format.js";
import { codeBlock } from "../../report/markdown/escape.js";
import { describeRule } from "../../report/model-summary.js";
import { DEFAULT_REPORT_PATH } from "../../report/report-file.js";
import { ruleState } from "../../report/rule-state.js";
import { copyCommentImages } from "../../run/copy-comment-images.js";
import { defaultRunSeams } from "../../run/default-seams.js";
import { renderLocalComment } from "../../run/local-comment.js";
import { parseParts } from "../../run/parse-parts.js";
import { renderRunParts, runVerdict } from "../../run/render-run.js";
import { runPipeline } from "../../run/run-pipeline.js";
import { actionSetting, parseBoolean } from "../action-setting.js";
import { baseBranchReport } from "../base-branch-artifact.js";
import { reportMetaFromEnv } from "../report-meta.js";
import { dataAnnotations } from "../validate-data/data-annotations.js";

export async function run(): Promise<void> {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const reportPath = resolve(workspace, core.getInput("report-path") || DEFAULT_REPORT_PATH);
  try {
    const loaded = loadConfig({ cwd: workspace, path: core.getInput("config") || undefined });
    for (const warning of loaded.warnings) core.warning(warning);
    const builder = core.getInput("builder");
    if (builder && !BUILDER_NAMES.includes(builder as BuilderName)) {
      throw new InputError("builder", `must be one of ${BUILDER_NAMES.join(", ")}, not "${builder}".`);
    }
    const artifactName = core.getInput("artifact-name") || "slipway-report";
    const result = await runPipeline(
      {
        loaded,
        reportPath,
        meta: reportMetaFromEnv(env),
        now: new Date(),
        env,
        strict: actionSetting("strict", { fallback: true, parse: parseBoolean }),
        skip: parseParts(core.getInput("skip"), "skip"),
        requirements: actionSetting<string | null>("requirements", {
          config: {
            key: "model.requirements",
            value:
              loaded.config.model?.requirements && resolve(loaded.root, loaded.config.model.requirements),
          },
          fallback: null,
          parse: (raw) => resolve(workspace, raw),
        }),
        baseBranch: baseBranchReport(
          env.GITHUB_BASE_REF,
          env,
          core.getInput("token"),
          core.getInput("artifact-name"),
        ),
        builder: (builder as BuilderName) || null,
        push: actionSetting("push", { fallback: false, parse: parseBoolean }),
        onProgress: core.info,
        onOutput: (chunk) => process.stdout.write(chunk),
      },
      defaultRunSeams(),
    );
    for (const warning of result.warnings) core.warning(warning);

    const { report } = result;
    for (const annotation of dataAnnotations(report.data, loaded.root, workspace)) {
      (annotation.level === "warning" ? core.warning : core.error)(annotation.message, annotation.properties);
    }
    for (const rule of report.model?.rules.filter((r) => ruleState(r) === "failed") ?? []) {
      core.error(`${rule.metric} = ${formatNumber(rule.value)} breaks ${describeRule(rule)}.`, {
        title: `Model rule failed: ${rule.metric}`,
      });
    }
    for (const failure of report.model?.tests.failures ?? []) {
      core.error(failure.message, { title: `Test failed: ${failure.name}` });
    }
    const lines = renderRunParts(result.parts);
    const verdict = runVerdict(result, reportPath);
    core.info(`${lines.join("\n")}\n${verdict}`);
    const comment = renderLocalComment({
      report,
      config: loaded.config,
      warnings: loaded.warnings,
      variant: /^slipway-report-(.+)$/.exec(artifactName)?.[1] ?? null,
      baseRef: env.GITHUB_BASE_REF || null,
    });
    await core.summary.addRaw(`${comment}\n\n${codeBlock(lines.join("\n"))}\n`, true).write();

    core.setOutput("passed", String(result.passed));
    core.setOutput("report-path", reportPath);
    // What the artifact uploads: the report, and beside it the images of comment.images.
    const images = copyCommentImages(loaded.root, reportPath, report.images ?? []);
    core.setOutput("artifact-paths", images ? `${reportPath}\n${images}` : reportPath);
    core.setOutput("image", report.package?.image ?? "");
    core.setOutput("digest", report.package?.digest ?? "");
    // Failed, or nothing was checked (every part skipped): either way the step must not pass.
    if (result.exitCode !== 0) core.setFailed(verdict);
  } catch (error) {
    const failure = describeFailure(error);
    core.setOutput("passed", "false");
    // What ran before the failure is in the report: upload it too.
    if (existsSync(reportPath)) {
      core.setOutput("report-path", reportPath);
      core.setOutput("artifact-paths", reportPath);
    }
    core.setFailed(failure.message);
    try {
      await core.summary
        .addRaw(`#### ❌ Slipway\n\nSlipway could not run:\n\n${codeBlock(failure.message)}\n`, true)
        .write();
    } catch {
      // No summary file (a run outside GitHub): the failure above already says everything.
    }
  }
}
