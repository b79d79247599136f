/**
 * The JSON Schema of `.github/slipway.yml`, generated from the one zod definition (schema.ts) with
 * zod 4's own `z.toJSONSchema`, so editors complete and check the same keys Slipway accepts.
 * Committed at schema/slipway.schema.json; a test fails when that file drifts from this.
 */
import { z } from "zod";
import { configSchema } from "./schema.js";

/** Where the published schema lives: the `$id`, and what `slipway init` points editors at. */
export const CONFIG_SCHEMA_URL =
  "https://raw.githubusercontent.com/slipway-dev/slipway/main/schema/slipway.schema.json";

export function configJsonSchema(): Record<string, unknown> {
  // "input": what a person writes — keys with defaults are optional, and the defaults are shown.
  const generated = z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: CONFIG_SCHEMA_URL,
    title: "Slipway configuration (.github/slipway.yml)",
    description:
      "One file for data validation, model tests, packaging and deployment gates. Every section is optional. Generated from src/config/schema.ts: do not edit by hand.",
    ...rest,
  };
}

/** The schema file's text, exactly as committed. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
