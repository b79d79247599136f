/**
 * The `.github/slipway.yml` (and the data schemas) `slipway init` drafts from what it found. Every
 * key it writes is one the config schema accepts (a test parses the draft), with comments saying
 * what to review.
 */
import { stringify } from "yaml";
import { CONFIG_SCHEMA_URL } from "../config/config-json-schema.js";
import type { InferredSchema } from "../data/infer-schema.js";
import type { ProjectFiles } from "./find-project-files.js";
import { withMarker } from "./generated-marker.js";
import type { DraftFile } from "./plan-init.js";

/** A dataset's inferred schema, or why there is none. */
export type SchemaResult = { schema: InferredSchema } | { error: string };

export const JUNIT_PATH = "reports/junit.xml";
export const DEFAULT_PYTHON = "3.12";

/** Where a dataset's drafted schema goes: beside the data, `<stem>.schema.yaml`. */
export function schemaPathFor(dataset: { name: string; path: string }): string {
  const folder = dataset.path.includes("/") ? dataset.path.slice(0, dataset.path.lastIndexOf("/") + 1) : "";
  const file = dataset.path.slice(folder.length);
  const stem = file.includes("*")
    ? dataset.name
    : file.replace(/\.(csv|tsv|parquet|jsonl|ndjson)(\.gz)?$/i, "");
  return `${folder}${stem}.schema.yaml`;
}

export function draftSchema(datasetPath: string, schema: InferredSchema): DraftFile {
  const body = `# Table Schema drafted from ${datasetPath}: review the types, required columns, bounds and enums.\n${stringify(schema, { lineWidth: 0, flowCollectionPadding: false })}`;
  return {
    path: schemaPathFor({ name: "", path: datasetPath }),
    content: withMarker(body, "#"),
    purpose: `Table Schema of ${datasetPath}, inferred from the data`,
  };
}

export interface ConfigDraftOptions {
  configPath: string;
  /** The repository's name, for the image. */
  name: string;
  /** Schemas by dataset path: inferred (a schema file is drafted) or already there (named). */
  schemas: ReadonlyMap<string, SchemaResult | { existing: string }>;
}

export function draftConfig(project: ProjectFiles, options: ConfigDraftOptions): DraftFile {
  const sections: string[] = [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    "# Slipway's configuration, drafted by `slipway init` from what this repository holds.",
    "# Every key: docs/configuration.md in Slipway's repository. Check it with `slipway config check`.",
    stringify({ version: 1 }).trimEnd(),
  ];
  const data = project.datasets.map((dataset) => {
    const found = options.schemas.get(dataset.path);
    const schema =
      found && "existing" in found
        ? found.existing
        : found && "schema" in found
          ? schemaPathFor(dataset)
          : undefined;
    return {
      name: dataset.name,
      path: dataset.path,
      ...(schema ? { schema } : {}),
      ...(dataset.reference ? { reference: dataset.reference } : {}),
    };
  });
  if (data.length > 0) {
    sections.push(
      "",
      "# Datasets, checked against their Table Schemas (drafted from the data: review them), and for",
      "# drift against a reference when one is named.",
      stringify({ data }, { lineWidth: 0 }).trimEnd(),
    );
  }
  const model = modelSection(project);
  if (model) {
    sections.push(
      "",
      "# The model: its tests, its evaluation, and the files holding its metrics and parameters.",
      "# Add rules for the metrics that matter, e.g. rules: { accuracy: { min: 0.9, max-drop: 0.01 } }",
      stringify({ model }, { lineWidth: 0 }).trimEnd(),
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

function modelSection(project: ProjectFiles): Record<string, unknown> | null {
  const { train, evaluate } = project.scripts;
  const commands = [train, evaluate].filter((s): s is string => s !== undefined).map((s) => `python ${s}`);
  const model: Record<string, unknown> = {
    ...(project.hasTests ? { test: `python -m pytest -q --junitxml=${JUNIT_PATH}`, junit: JUNIT_PATH } : {}),
    ...(commands.length > 0 ? { evaluate: commands.join(" && ") } : {}),
    ...(project.metrics.length > 0 ? { metrics: project.metrics } : {}),
    ...(project.params.length > 0 ? { params: project.params } : {}),
  };
  return Object.keys(model).length > 0 ? model : null;
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
