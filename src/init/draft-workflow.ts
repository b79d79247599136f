// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are workflow YAML with GitHub expressions
/**
 * `.github/workflows/ml.yml`: on every pull request (and pushes to the default branch, whose reports
 * are the baselines), Slipway's composite actions for the parts the config has, then the report
 * uploaded for the app. It lints clean with actionlint (a test holds it to that).
 */

import { DEFAULT_PYTHON } from "./draft-config.js";
import type { ProjectFiles } from "./find-project-files.js";
import { withMarker } from "./generated-marker.js";
import type { DraftFile } from "./plan-init.js";

export const WORKFLOW_PATH = ".github/workflows/ml.yml";
const ACTIONS = "slipway-dev/slipway/actions";

export function draftWorkflow(
  project: ProjectFiles,
  parts: { data: boolean; model: boolean; package: boolean },
): DraftFile {
  const branch = project.defaultBranch ?? "main";
  const lines = [
    "# Slipway on every pull request: validate the data, test the model against the base branch,",
    "# package it, and upload the report the Slipway app turns into one comment.",
    "name: ml",
    "on:",
    "  pull_request:",
    "  push:",
    `    branches: [${JSON.stringify(branch)}]`,
    "permissions:",
    "  contents: read",
    "  actions: read # test-model reads the base branch's report artifact as the baseline",
    "jobs:",
    "  slipway:",
    "    runs-on: ubuntu-24.04",
    "    steps:",
    "      - uses: actions/checkout@v4",
    "        with:",
    "          fetch-depth: 0 # the baseline may be the base branch's files",
  ];
  if (parts.data) lines.push("      - name: Validate the data", `        uses: ${ACTIONS}/validate-data@v1`);
  if (parts.model) {
    lines.push(
      "      - name: Test the model",
      "        if: ${{ !cancelled() }}",
      `        uses: ${ACTIONS}/test-model@v1`,
      "        with:",
      `          python-version: ${JSON.stringify(project.python ?? DEFAULT_PYTHON)}`,
      ...(project.requirements ? [`          requirements: ${project.requirements}`] : []),
    );
  }
  if (parts.package)
    lines.push("      - name: Package the model", `        uses: ${ACTIONS}/package-model@v1`);
  lines.push(
    "      - name: Upload the Slipway report",
    "        if: ${{ !cancelled() }}",
    "        uses: actions/upload-artifact@v4",
    "        with:",
    "          name: slipway-report",
    "          path: slipway-report.json",
  );
  return {
    path: WORKFLOW_PATH,
    content: withMarker(`${lines.join("\n")}\n`, "#"),
    purpose: "workflow running Slipway's actions on pull requests",
  };
}
