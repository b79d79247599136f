// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are workflow YAML with GitHub expressions
/**
 * `.github/workflows/ml.yml`: on every pull request (and pushes to the default branch, whose reports
 * are the baselines), DVC's data pulled when the project keeps it in a remote, then Slipway's
 * composite actions for exactly the parts the drafted config has, then the report uploaded for the
 * app. It lints clean with actionlint (a test holds it to that).
 */

import { DEFAULT_PYTHON, type ModelDraft } from "./draft-config.js";
import type { ProjectFiles } from "./find-project-files.js";
import { withMarker } from "./generated-marker.js";
import type { DraftFile } from "./plan-init.js";
import type { DvcRemote } from "./read-dvc-project.js";

export const WORKFLOW_PATH = ".github/workflows/ml.yml";
const ACTIONS = "slipway-dev/slipway/actions";

export interface WorkflowParts {
  data: boolean;
  model: ModelDraft | null;
  package: boolean;
}

export function draftWorkflow(project: ProjectFiles, parts: WorkflowParts): DraftFile {
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
    ...dvcSteps(project.dvc),
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

function dvcSteps(dvc: ProjectFiles["dvc"]): string[] {
  if (!dvc?.install) return [];
  const lines = ["      - uses: iterative/setup-dvc@v1"];
  if (dvc.pull) {
    const credentials = remoteCredentials(dvc.pull.remote);
    lines.push(
      `      - name: Fetch the data DVC tracks (remote "${dvc.pull.remote.name}")`,
      `        run: dvc pull ${dvc.pull.targets.join(" ")}`.trimEnd(),
      ...(credentials.length > 0
        ? [
            "        env: # the repository's secrets: Settings → Secrets and variables → Actions",
            ...credentials.map((name) => `          ${name}: \${{ secrets.${name} }}`),
          ]
        : []),
    );
  }
  return lines;
}

/** The environment DVC reads a remote's credentials from, by the remote's scheme. */
function remoteCredentials(remote: DvcRemote): string[] {
  const scheme = /^([a-z0-9+.-]+):\/\//i.exec(remote.url)?.[1]?.toLowerCase();
  switch (scheme) {
    case "s3":
      return ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];
    case "azure":
      return ["AZURE_STORAGE_CONNECTION_STRING"];
    case "gdrive":
      return ["GDRIVE_CREDENTIALS_DATA"];
    default:
      return [];
  }
}
