/**
 * The validate-data step: read inputs, validate, then set outputs, write the job summary and one
 * annotation per failed check. The only try/catch; anything thrown fails the step with one line.
 */
import { resolve } from "node:path";
import * as core from "@actions/core";
import type { FailOn } from "../../data/data-passed.js";
import { validateData } from "../../data/validate-datasets.js";
import { describeFailure, InputError } from "../../errors.js";
import { renderDataMarkdown } from "../../report/markdown/render-data.js";
import { writeReportPart } from "../../report/report-file.js";
import { reportMetaFromEnv } from "../report-meta.js";
import { dataAnnotations } from "./data-annotations.js";

export async function run(): Promise<void> {
  try {
    const failOn = (core.getInput("fail-on") || "error") as FailOn;
    if (!["error", "warning", "never"].includes(failOn)) {
      throw new InputError("fail-on", `must be error, warning or never, not "${failOn}".`);
    }
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const input = {
      cwd: workspace,
      failOn,
      ...optional("data", core.getInput("data")),
      ...optional("schema", core.getInput("schema")),
      ...optional("reference", core.getInput("reference")),
      ...optional("dataset", core.getInput("dataset")),
      ...optional("config", core.getInput("config")),
    };
    const result = await validateData(input, { now: new Date(), failOn, onProgress: core.info });
    const reportPath = resolve(workspace, core.getInput("report-path") || "slipway-report.json");
    writeReportPart(reportPath, { data: result.reports }, reportMetaFromEnv(process.env));

    for (const annotation of dataAnnotations(result.reports, result.cwd, workspace)) {
      (annotation.level === "warning" ? core.warning : core.error)(annotation.message, annotation.properties);
    }
    const markdown = result.reports.map((report) => renderDataMarkdown(report)).join("\n\n");
    await core.summary.addRaw(markdown, true).write();

    const valid = result.reports.every((report) => report.valid);
    core.setOutput("valid", String(valid));
    core.setOutput("report-path", reportPath);
    if (!result.passed) core.setFailed(`Data validation failed (fail-on: ${failOn}); see the job summary.`);
  } catch (error) {
    core.setFailed(describeFailure(error).message);
  }
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
