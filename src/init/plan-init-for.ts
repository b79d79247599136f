/**
 * From a repository's files to the plan `slipway init` shows: the config, the data schemas, the
 * workflow, the dev container and .gitignore, each created, rewritten, extended, kept or skipped
 * (see plan-init.ts). What each part is gets decided once here, so the config, the workflow and
 * the notes say the same thing.
 */
import {
  type DatasetDraft,
  draftConfig,
  draftSchema,
  modelSection,
  type SchemaResult,
} from "./draft-config.js";
import { draftDevcontainer } from "./draft-devcontainer.js";
import { draftGitignore } from "./draft-gitignore.js";
import { draftMonitorWorkflow, findMonitorHint } from "./draft-monitor-workflow.js";
import { draftWorkflow } from "./draft-workflow.js";
import type { ProjectFiles } from "./find-project-files.js";
import { type DraftFile, type InitPlan, planFiles } from "./plan-init.js";
import { schemaLocation } from "./schema-location.js";

export interface InitInputs {
  project: ProjectFiles;
  /** Inferred schemas (and dialects), by dataset path, for the datasets datasetsToInfer named. */
  inferred: ReadonlyMap<string, SchemaResult>;
  existing: (path: string) => string | null;
  /** The repository's name (its folder), for the image and the dev container. */
  name: string;
  configPath: string;
  /** The repository's files (relative paths), to look for signs of production (monitor.yml offer). */
  files?: readonly string[];
}

/** Datasets whose schema file is not a person's already: their schema is inferred from the data. */
export function datasetsToInfer(project: ProjectFiles, existing: (path: string) => string | null): string[] {
  return project.datasets
    .filter((dataset) => !schemaLocation(dataset, project, existing).persons)
    .map((dataset) => dataset.path);
}

export function planInit(inputs: InitInputs): InitPlan {
  const { project, existing } = inputs;
  const name = imageName(inputs.name);
  const notes = [...project.notes];
  const drafts: DraftFile[] = [];
  const datasets: DatasetDraft[] = [];
  for (const dataset of project.datasets) {
    const location = schemaLocation(dataset, project, existing);
    const result = location.persons ? undefined : inputs.inferred.get(dataset.path);
    if (result && "error" in result)
      notes.push(
        `${dataset.path}: no schema drafted (${result.error}); the dataset is configured without one.`,
      );
    if (result && "schema" in result) drafts.push(draftSchema(location.path, dataset.path, result.schema));
    const schema = location.persons || (result && "schema" in result) ? location.path : undefined;
    datasets.push({
      name: dataset.name,
      path: dataset.path,
      ...(schema ? { schema } : {}),
      ...(dataset.reference ? { reference: dataset.reference } : {}),
      ...(result && "dialect" in result && result.dialect ? { dialect: result.dialect } : {}),
      ...(result && "encoding" in result && result.encoding ? { encoding: result.encoding } : {}),
    });
  }
  const model = modelSection(project);
  const parts = { data: datasets.length > 0, model, package: project.models.length > 0 };
  drafts.unshift(draftConfig(project, { configPath: inputs.configPath, datasets, model, name }));
  drafts.push(draftWorkflow(project, parts));
  const monitor = inputs.files ? findMonitorHint(inputs.files, inputs.existing) : null;
  if (monitor && datasets.length > 0) {
    drafts.push(draftMonitorWorkflow(monitor, inputs.configPath));
    if (monitor.urlEnv)
      notes.push(
        `${monitor.reason}: to watch a table, add a dataset with source: { postgres: { url-env: ${monitor.urlEnv}, table: schema.table } } and the secret ${monitor.urlEnv}.`,
      );
  }
  const devcontainer = draftDevcontainer(project, { name, configPath: inputs.configPath, existing });
  if (devcontainer) drafts.push(devcontainer);
  else
    notes.push(
      `${project.devcontainer} is not JSON with comments init can read: left as it is, and no second dev container written.`,
    );
  drafts.push(draftGitignore(project, model, existing));
  notes.push(...partNotes(project, parts, existing));
  return planFiles(drafts, existing, notes);
}

/** What the person should know about each part, from the same decisions the drafts followed. */
function partNotes(
  project: ProjectFiles,
  parts: { data: boolean; model: unknown; package: boolean },
  existing: (path: string) => string | null,
): string[] {
  const notes: string[] = [];
  if (!parts.data) notes.push("No data files (csv, tsv, parquet, jsonl) found: no data section.");
  if (!parts.model)
    notes.push(
      "No tests, evaluate command (dvc.yaml, MLproject, scripts, notebooks) or metrics files found: no model section and no test-model step.",
    );
  if (!parts.package)
    notes.push("No saved model (.joblib, .pkl) found: no package section; add one once the model is saved.");
  if (project.models.length > 1)
    notes.push(
      `Several saved models; ${project.models[0]} is packaged. Change package.model to pick another.`,
    );
  if (parts.model && project.plots.length > 0)
    notes.push(
      `${project.plots.join(", ")}: plots the pipeline writes (dvc.yaml), not datasets; they are not checked as data.`,
    );
  const requirements = project.requirements ? (existing(project.requirements) ?? "") : "";
  if (project.notebooks.length > 0 && !/^\s*(nbconvert|jupyter)\b/im.test(requirements))
    notes.push(
      `The notebooks run with nbconvert: add nbconvert and ipykernel to ${project.requirements ?? "a requirements.txt"}.`,
    );
  const remote = project.dvc?.pull?.remote;
  if (remote && !/^(s3|azure|gdrive|https?):\/\//i.test(remote.url))
    notes.push(
      `The workflow's \`dvc pull\` reads ${remote.url}: give the job that remote's credentials (as DVC's docs say for its type).`,
    );
  return notes;
}

/** A folder name as an image name: lower case, letters, digits and single dashes. */
export function imageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return name || "model";
}
