/**
 * The validate-data step: read inputs, validate, then set outputs, write the job summary and one
 * annotation per failed check. The only try/catch; anything thrown fails the step with one line.
 */

import { resolve } from "node:path";
import * as core from "@actions/core";
import { FAIL_ON_LEVELS } from "../../config/schema.js";
import type { FailOn } from "../../data/data-passed.js";
import { validateData } from "../../data/validate-datasets.js";
import { describeFailure } from "../../errors.js";
import { renderDataMarkdown } from "../../report/markdown/render-data.js";
import { writeReportPart } from "../../report/report-file.js";
import { actionSetting, parseOneOf } from "../action-setting.js";
import { reportMetaFromEnv } from "../report-meta.js";
import { dataAnnotations } from "./data-annotations.js";

export async function run(): Promise<void> {
  try {
    // Empty: each dataset's own fail-on from the config (default error); given: it overrides them all.
    const failOn = actionSetting<FailOn | undefined>("fail-on", {
      fallback: undefined,
      parse: parseOneOf(FAIL_ON_LEVELS),
    });
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const input = {
      cwd: workspace,
      ...(failOn ? { failOn } : {}),
      ...optional("data", core.getInput("data")),
      ...optional("schema", core.getInput("schema")),
      ...optional("reference", core.getInput("reference")),
      ...optional("dataset", core.getInput("dataset")),
      ...optional("config", core.getInput("config")),
    };
    const result = await validateData(input, {
      now: new Date(),
      ...(failOn ? { failOn } : {}),
      onProgress: core.info,
    });
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
    if (!result.passed) {
      const policy = failOn ? `fail-on: ${failOn}` : "each dataset's fail-on";
      core.setFailed(`Data validation failed (${policy}); see the job summary.`);
    }
  } catch (error) {
    core.setFailed(describeFailure(error).message);
  }
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
