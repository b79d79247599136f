/**
 * The `.github/slipway.yml` (and the data schemas) `slipway init` drafts from what it found. Every
 * key it writes is one the config schema accepts (a test parses the draft), with comments saying
 * where each command came from and what to review. The model section is decided once
 * (`modelSection`): the config and the workflow both follow it, so they always agree.
 */
import { stringify } from "yaml";
import { CONFIG_SCHEMA_URL } from "../config/config-json-schema.js";
import { modelSchema } from "../config/schema.js";
import type { InferredSchema } from "../data/infer-schema.js";
import { DEFAULT_MARGIN, describeMargin } from "../data/schema-bounds.js";
import type { ProjectFiles } from "./find-project-files.js";
import { withMarker } from "./generated-marker.js";
import type { DraftFile } from "./plan-init.js";

/** A dataset's inferred schema and how its file is read (when not the default), or why there is none. */
export type SchemaResult =
  | { schema: InferredSchema; dialect?: Record<string, unknown>; encoding?: string }
  | { error: string };

export const JUNIT_PATH = "reports/junit.xml";
export const DEFAULT_PYTHON = "3.12";
/** model.plots arrives with the comment's charts; until the config accepts it, plots are only named. */
const ACCEPTS_PLOTS = "plots" in modelSchema.shape;

export interface ModelDraft {
  test?: string;
  junit?: string;
  evaluate?: string;
  metrics?: string[];
  params?: string[];
  plots?: string[];
}

export function draftSchema(schemaPath: string, datasetPath: string, schema: InferredSchema): DraftFile {
  const body = `# Table Schema drafted from ${datasetPath}: review the types, required columns, bounds and enums.\n# The ${describeMargin(DEFAULT_MARGIN)}.\n${stringify(schema, { lineWidth: 0, flowCollectionPadding: false })}`;
  return {
    path: schemaPath,
    content: withMarker(body, "#"),
    purpose: `Table Schema of ${datasetPath}, inferred from the data`,
  };
}

export interface DatasetDraft {
  name: string;
  path: string;
  schema?: string;
  reference?: string;
  dialect?: Record<string, unknown>;
  encoding?: string;
}

export interface ConfigDraftOptions {
  configPath: string;
  datasets: DatasetDraft[];
  model: ModelDraft | null;
  /** The repository's name, for the image. */
  name: string;
}

export function draftConfig(project: ProjectFiles, options: ConfigDraftOptions): DraftFile {
  const sections: string[] = [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    "# Slipway's configuration, drafted by `slipway init` from what this repository holds.",
    "# Every key: docs/configuration.md in Slipway's repository. Check it with `slipway config check`.",
    stringify({ version: 1 }).trimEnd(),
  ];
  if (options.datasets.length > 0) {
    sections.push(
      "",
      "# Datasets, checked against their Table Schemas (drafted from the data: review them), and for",
      "# drift against a reference when one is named.",
      stringify({ data: options.datasets }, { lineWidth: 0 }).trimEnd(),
    );
  }
  if (options.model) {
    sections.push(
      "",
      "# The model: its tests, its evaluation, and the files holding its metrics and parameters.",
      ...(project.evaluate ? [`# evaluate is ${project.evaluate.from}.`] : []),
      "# Add rules for the metrics that matter, e.g. rules: { accuracy: { min: 0.9, max-drop: 0.01 } }",
      stringify({ model: options.model }, { lineWidth: 0 }).trimEnd(),
    );
  }
  const pkg = packageSection(project, options.name);
  if (pkg) {
    sections.push(
      "",
      "# The model's container image: a scikit-learn server Slipway writes, smoke-tested with the sample.",
      stringify({ package: pkg }, { lineWidth: 0 }).trimEnd(),
    );
  }
  return {
    path: options.configPath,
    content: withMarker(`${sections.join("\n")}\n`, "#"),
    purpose: "Slipway's configuration",
  };
}

/** The model section, or null when there is nothing to run or read (then no test-model step either). */
export function modelSection(project: ProjectFiles): ModelDraft | null {
  const model: ModelDraft = {
    ...(project.hasTests ? { test: `python -m pytest -q --junitxml=${JUNIT_PATH}`, junit: JUNIT_PATH } : {}),
    ...(project.evaluate ? { evaluate: project.evaluate.command } : {}),
    ...(project.metrics.length > 0 ? { metrics: project.metrics } : {}),
  };
  // Params alone run nothing and measure nothing: they come along with a section that does.
  if (Object.keys(model).length === 0) return null;
  if (project.params.length > 0) model.params = project.params;
  if (ACCEPTS_PLOTS && project.plots.length > 0) model.plots = project.plots;
  return model;
}

function packageSection(project: ProjectFiles, name: string): Record<string, unknown> | null {
  const model = project.models[0];
  if (!model) return null;
  return {
    name,
    framework: "sklearn",
    model,
    python: project.python ?? DEFAULT_PYTHON,
    ...(project.serveRequirements ? { requirements: project.serveRequirements } : {}),
    ...(project.sample ? { sample: project.sample } : {}),
  };
}
