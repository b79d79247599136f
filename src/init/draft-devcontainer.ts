/**
 * The team's dev container: one environment for the whole team (VS Code, Codespaces, the
 * devcontainer CLI) — the project's Python with its requirements installed, Node for the slipway
 * command line, and the editor pointed at the config's JSON Schema. A repository that has one
 * (`.devcontainer.json` or `.devcontainer/devcontainer.json`) keeps it: only what is missing is
 * added to it, its comments and layout kept; a second one is never written beside it.
 */
import { applyEdits, type JSONPath, modify, type ParseError, parse } from "jsonc-parser";
import { CONFIG_SCHEMA_URL } from "../config/config-json-schema.js";
import { DEFAULT_PYTHON } from "./draft-config.js";
import type { ProjectFiles } from "./find-project-files.js";
import { provenance, withMarker } from "./generated-marker.js";
import type { DraftFile } from "./plan-init.js";

export const DEVCONTAINER_PATH = ".devcontainer/devcontainer.json";
const NODE_FEATURE = "ghcr.io/devcontainers/features/node:1";
const YAML_EXTENSION = "redhat.vscode-yaml";

export interface DevcontainerOptions {
  name: string;
  configPath: string;
  existing: (path: string) => string | null;
}

/** A new dev container, or the team's own extended; null when theirs cannot be read as JSONC. */
export function draftDevcontainer(project: ProjectFiles, options: DevcontainerOptions): DraftFile | null {
  const theirs = project.devcontainer;
  const text = theirs ? options.existing(theirs) : null;
  if (theirs && text !== null && provenance(text) === "foreign")
    return extendDevcontainer(theirs, text, project, options);
  const python = project.python ?? DEFAULT_PYTHON;
  const definition = {
    name: options.name,
    image: `mcr.microsoft.com/devcontainers/python:1-${python}-bookworm`,
    features: { [NODE_FEATURE]: { version: "20" } },
    ...(project.requirements ? { postCreateCommand: `pip install -r ${project.requirements}` } : {}),
    customizations: {
      vscode: {
        extensions: ["ms-python.python", "ms-toolsai.jupyter", YAML_EXTENSION],
        settings: { "yaml.schemas": { [CONFIG_SCHEMA_URL]: options.configPath } },
      },
    },
  };
  // devcontainer.json is JSON with comments, so the marker is a // line.
  return {
    path: DEVCONTAINER_PATH,
    content: withMarker(`${JSON.stringify(definition, null, 2)}\n`, "//"),
    purpose: "dev container: the team's shared environment",
  };
}

function extendDevcontainer(
  path: string,
  text: string,
  project: ProjectFiles,
  options: DevcontainerOptions,
): DraftFile | null {
  const errors: ParseError[] = [];
  const current = parse(text, errors, { allowTrailingComma: true }) as Record<string, unknown> | undefined;
  if (errors.length > 0 || !current || typeof current !== "object" || Array.isArray(current)) return null;
  const edits: [JSONPath, unknown, string][] = [];
  const features = (current.features ?? {}) as Record<string, unknown>;
  if (!Object.keys(features).some((feature) => /\/node(:|$)/.test(feature)))
    edits.push([["features", NODE_FEATURE], { version: "20" }, "Node (the slipway command line)"]);
  const vscode = ((current.customizations as { vscode?: Record<string, unknown> } | undefined)?.vscode ??
    {}) as {
    extensions?: unknown;
    settings?: Record<string, unknown>;
  };
  const extensions = [vscode.extensions, current.extensions].flatMap((list) =>
    Array.isArray(list) ? list : [],
  );
  if (!extensions.includes(YAML_EXTENSION)) {
    const list = Array.isArray(vscode.extensions) ? vscode.extensions : [];
    edits.push([
      ["customizations", "vscode", "extensions", list.length],
      YAML_EXTENSION,
      "the YAML extension",
    ]);
  }
  const schemas = (vscode.settings?.["yaml.schemas"] ?? {}) as Record<string, unknown>;
  if (!(CONFIG_SCHEMA_URL in schemas))
    edits.push([
      ["customizations", "vscode", "settings", "yaml.schemas", CONFIG_SCHEMA_URL],
      options.configPath,
      `completion for ${options.configPath}`,
    ]);
  if (current.postCreateCommand === undefined && project.requirements)
    edits.push([
      ["postCreateCommand"],
      `pip install -r ${project.requirements}`,
      "the requirements installed",
    ]);
  let content = text;
  for (const [at, value] of edits) {
    const isArrayInsert = typeof at.at(-1) === "number";
    content = applyEdits(
      content,
      modify(content, at, value, {
        formattingOptions: { insertSpaces: true, tabSize: indentOf(text) },
        ...(isArrayInsert ? { isArrayInsertion: true } : {}),
      }),
    );
  }
  const added = edits.map(([, , what]) => what);
  return {
    path,
    content,
    purpose:
      added.length > 0
        ? `the team's dev container, with ${added.join(", ")} added`
        : "the team's dev container (it has what Slipway needs)",
    extends: true,
  };
}

function indentOf(text: string): number {
  return /\n( +)"/.exec(text)?.[1]?.length ?? 2;
}
