/**
 * The package-model step: read inputs, build the model's image, smoke-test it, push it when asked;
 * then merge the PackageReport into slipway-report.json, write the job summary and set the outputs
 * image, digest, tags, size and report-path. The only try/catch: anything thrown fails the step
 * with one line (and, when an image was built before the failure, its summary and report).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import * as core from "@actions/core";
import { loadConfig } from "../../config/load-config.js";
import { describeFailure, InputError } from "../../errors.js";
import { BUILDER_NAMES, type BuilderName } from "../../package/builders/builder.js";
import { detectBuilder } from "../../package/builders/detect-builder.js";
import { PackageError } from "../../package/errors.js";
import { packageModel } from "../../package/package-model.js";
import { readGitFacts } from "../../package/read-git-facts.js";
import { credentialsFromEnv } from "../../package/registry-credentials.js";
import { renderPackageMarkdown } from "../../report/markdown/render-package.js";
import { readReportFile, writeReportPart } from "../../report/report-file.js";
import type { PackageReport } from "../../report/types.js";
import { actionSetting, parseBoolean } from "../action-setting.js";
import { reportMetaFromEnv } from "../report-meta.js";

export async function run(): Promise<void> {
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const reportPath = resolve(workspace, core.getInput("report-path") || "slipway-report.json");
  try {
    const builderName = core.getInput("builder");
    if (builderName && !BUILDER_NAMES.includes(builderName as BuilderName)) {
      throw new InputError(
        "builder",
        `must be empty (detect) or one of ${BUILDER_NAMES.join(", ")}, not "${builderName}".`,
      );
    }
    const push = actionSetting("push", { fallback: false, parse: parseBoolean });
    const tags = core
      .getInput("tags")
      .split(/[\n,]/)
      .map((tag) => tag.trim())
      .filter(Boolean);
    const credentials = credentialsFromEnv(env);
    if (credentials) core.setSecret(credentials.password);
    const loaded = loadConfig({ cwd: workspace, path: core.getInput("config") || undefined });
    for (const warning of loaded.warnings) core.warning(warning);
    const previous = existsSync(reportPath) ? readReportFile(reportPath) : null;
    const builder = await detectBuilder({ env, force: (builderName as BuilderName) || null });
    core.info(`Builder: ${builder.name}`);
    // On a runner (GITHUB_ACTIONS=true) the event payload; elsewhere the checkout's git.
    const git = await readGitFacts(loaded.root, env);

    const outcome = await packageModel({
      loaded,
      builder,
      git,
      now: new Date(),
      previous,
      push,
      extraTags: tags,
      credentials,
      onProgress: core.info,
      onBuildOutput: (text) => process.stdout.write(text),
    });
    await record(outcome.report, reportPath);
    core.setOutput("image", outcome.report.image);
    core.setOutput("digest", outcome.report.digest ?? "");
    core.setOutput("tags", outcome.report.tags.join("\n"));
    core.setOutput("size", String(outcome.report.size_bytes));
    core.setOutput("report-path", reportPath);
    if (!outcome.passed) {
      core.setFailed(
        `The smoke test failed: ${outcome.smoke?.message}. The container's log is in the job summary.`,
      );
    }
  } catch (error) {
    // Built and smoke-tested, then refused by the registry: keep that evidence.
    if (error instanceof PackageError && error.report) await record(error.report, reportPath).catch(() => {});
    core.setFailed(describeFailure(error).message);
  }
}

async function record(report: PackageReport, reportPath: string): Promise<void> {
  writeReportPart(reportPath, { package: report }, reportMetaFromEnv(process.env));
  await core.summary.addRaw(renderPackageMarkdown(report), true).write();
}
