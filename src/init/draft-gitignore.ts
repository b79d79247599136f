/**
 * `.gitignore`: what a Slipway run writes and nobody commits — the report, the JUnit results the
 * drafted test command writes, the executed copies of notebooks — appended to the team's file
 * (or a new one) unless git already ignores it. Nothing else in the file changes.
 */
import { JUNIT_PATH, type ModelDraft } from "./draft-config.js";
import { EXECUTED_NOTEBOOKS } from "./find-notebooks.js";
import type { ProjectFiles } from "./find-project-files.js";
import type { DraftFile } from "./plan-init.js";

export const GITIGNORE_PATH = ".gitignore";
export const REPORT_FILE = "slipway-report.json";

export function draftGitignore(
  project: ProjectFiles,
  model: ModelDraft | null,
  existing: (path: string) => string | null,
): DraftFile {
  const wanted = [
    REPORT_FILE,
    ...(model?.junit ? [JUNIT_PATH] : []),
    ...(project.notebooks.length > 0 ? [`${EXECUTED_NOTEBOOKS}/`] : []),
  ];
  const missing = wanted.filter((path) => !project.isIgnored(path));
  const current = existing(GITIGNORE_PATH) ?? "";
  if (missing.length === 0)
    return {
      path: GITIGNORE_PATH,
      content: current,
      purpose: "ignores what Slipway runs write",
      extends: true,
    };
  const block = [
    "# What a Slipway run writes (added by slipway init)",
    ...missing.map((path) => `/${path}`),
  ].join("\n");
  const separator = current === "" ? "" : current.endsWith("\n") ? "\n" : "\n\n";
  return {
    path: GITIGNORE_PATH,
    content: `${current}${separator}${block}\n`,
    purpose: `ignores ${missing.join(", ")} (what a Slipway run writes)`,
    extends: true,
    preview: block,
  };
}
