/** Every generated documentation file, path → text, from the sources (see write-docs.ts). */
import { configJsonSchema, configJsonSchemaText } from "../../src/config/config-json-schema.js";
import { readActions, renderActionsReference } from "./render-actions-reference.js";
import { type JsonSchema, renderConfigReference } from "./render-config-reference.js";
import { renderConformance } from "./render-conformance.js";

export function generatedDocs(root: string): Record<string, string> {
  return {
    "schema/slipway.schema.json": configJsonSchemaText(),
    "docs/configuration.md": renderConfigReference(configJsonSchema() as JsonSchema),
    "docs/actions.md": renderActionsReference(readActions(root)),
    "docs/frictionless-conformance.md": renderConformance(),
  };
}
