/**
 * From a repository's files to the plan `slipway init` shows: the config, the data schemas, the
 * workflow and the dev container, each created, rewritten, kept or skipped (see plan-init.ts).
 */
import { draftConfig, draftSchema, type SchemaResult, schemaPathFor } from "./draft-config.js";
import { draftDevcontainer } from "./draft-devcontainer.js";
import { draftWorkflow } from "./draft-workflow.js";
import type { ProjectFiles } from "./find-project-files.js";
import { provenance } from "./generated-marker.js";
import { type DraftFile, type InitPlan, planFiles } from "./plan-init.js";

export interface InitInputs {
  project: ProjectFiles;
  /** Inferred schemas, by dataset path, for the datasets datasetsToInfer named. */
  inferred: ReadonlyMap<string, SchemaResult>;
  existing: (path: string) => string | null;
  /** The repository's name (its folder), for the image and the dev container. */
  name: string;
  configPath: string;
}

/** Datasets whose schema file is not a person's already: their schema is inferred from the data. */
export function datasetsToInfer(project: ProjectFiles, existing: (path: string) => string | null): string[] {
  return project.datasets
    .filter((dataset) => {
      const current = existing(schemaPathFor(dataset));
      return current === null || provenance(current) !== "foreign";
    })
    .map((dataset) => dataset.path);
}

export function planInit(inputs: InitInputs): InitPlan {
  const { project, existing } = inputs;
  const name = imageName(inputs.name);
  const notes = [...project.notes];
  const schemas = new Map<string, SchemaResult | { existing: string }>();
  const drafts: DraftFile[] = [];
  for (const dataset of project.datasets) {
    const path = schemaPathFor(dataset);
    const current = existing(path);
    if (current !== null && provenance(current) === "foreign") {
      schemas.set(dataset.path, { existing: path });
      continue;
    }
    const result = inputs.inferred.get(dataset.path);
    if (!result) continue;
    schemas.set(dataset.path, result);
    if ("schema" in result) drafts.push(draftSchema(dataset.path, result.schema));
    else
      notes.push(
        `${dataset.path}: no schema drafted (${result.error}); the dataset is configured without one.`,
      );
  }
  drafts.unshift(draftConfig(project, { configPath: inputs.configPath, name, schemas }));
  const parts = {
    data: project.datasets.length > 0,
    model: project.hasTests || project.scripts.evaluate !== undefined || project.metrics.length > 0,
    package: project.models.length > 0,
  };
  if (!parts.data) notes.push("No data files (csv, tsv, parquet, jsonl) found: no data section.");
  if (!parts.model) notes.push("No tests, evaluate script or metrics files found: no model section.");
  if (!parts.package)
    notes.push("No saved model (.joblib, .pkl) found: no package section; add one once the model is saved.");
  if (project.models.length > 1)
    notes.push(
      `Several saved models; ${project.models[0]} is packaged. Change package.model to pick another.`,
    );
  drafts.push(
    draftWorkflow(project, parts),
    draftDevcontainer(project, { name, configPath: inputs.configPath }),
  );
  return planFiles(drafts, existing, notes);
}

/** A folder name as an image name: lower case, letters, digits and single dashes. */
export function imageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return name || "model";
}
