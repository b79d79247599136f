/**
 * `.devcontainer/devcontainer.json`: one environment for the whole team (VS Code, Codespaces, the
 * devcontainer CLI) — the project's Python with its requirements installed, Node for the slipway
 * command line, and the editor pointed at the config's JSON Schema.
 */
import { CONFIG_SCHEMA_URL } from "../config/config-json-schema.js";
import { DEFAULT_PYTHON } from "./draft-config.js";
import type { ProjectFiles } from "./find-project-files.js";
import { withMarker } from "./generated-marker.js";
import type { DraftFile } from "./plan-init.js";

export const DEVCONTAINER_PATH = ".devcontainer/devcontainer.json";

export function draftDevcontainer(
  project: ProjectFiles,
  options: { name: string; configPath: string },
): DraftFile {
  const python = project.python ?? DEFAULT_PYTHON;
  const definition = {
    name: options.name,
    image: `mcr.microsoft.com/devcontainers/python:1-${python}-bookworm`,
    features: { "ghcr.io/devcontainers/features/node:1": { version: "20" } },
    ...(project.requirements ? { postCreateCommand: `pip install -r ${project.requirements}` } : {}),
    customizations: {
      vscode: {
        extensions: ["ms-python.python", "ms-toolsai.jupyter", "redhat.vscode-yaml"],
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
