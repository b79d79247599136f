/**
 * The committed JSON Schema is what the zod definition generates, documents every key, and shows
 * the same defaults zod applies.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { configJsonSchema, configJsonSchemaText } from "../../src/config/config-json-schema.js";
import { configSchema } from "../../src/config/schema.js";

const root = join(import.meta.dirname, "..", "..");
type JsonSchema = {
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
};

/** Every object property in the schema, with its dotted path. */
function properties(schema: JsonSchema, path = ""): [string, JsonSchema][] {
  const out: [string, JsonSchema][] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    out.push([`${path}${key}`, child], ...properties(child, `${path}${key}.`));
  }
  if (schema.items) out.push(...properties(schema.items, `${path.replace(/\.$/, "")}[].`));
  if (typeof schema.additionalProperties === "object")
    out.push(...properties(schema.additionalProperties, `${path}<name>.`));
  for (const option of schema.anyOf ?? []) out.push(...properties(option, path));
  return out;
}

describe("schema/slipway.schema.json", () => {
  it("is what src/config/schema.ts generates (run `npm run schema` after changing the schema)", () => {
    const committed = readFileSync(join(root, "schema", "slipway.schema.json"), "utf8");
    expect(committed).toBe(configJsonSchemaText());
  });

  it("is a 2020-12 JSON Schema that rejects unknown keys, as Slipway does", () => {
    const schema = configJsonSchema() as JsonSchema & { $schema: string; additionalProperties: unknown };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(configSchema.shape));
  });

  const all = properties(configJsonSchema() as JsonSchema);
  it.each(all)("documents %s", (_, child) => {
    expect(child.description ?? "").not.toBe("");
  });

  it("shows the defaults zod applies to an empty file and an empty dataset", () => {
    const schema = configJsonSchema() as JsonSchema;
    const parsed = configSchema.parse({ data: [{ name: "d", path: "d.csv" }] }) as Record<string, unknown>;
    const checked: string[] = [];
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (key === "data" || !("default" in child)) continue;
      expect([key, child.default]).toEqual([key, parsed[key]]);
      checked.push(key);
    }
    const dataset = (parsed.data as Record<string, unknown>[])[0]!;
    for (const [key, child] of Object.entries(schema.properties?.data?.items?.properties ?? {})) {
      if (!("default" in child)) continue;
      expect([key, child.default]).toEqual([key, dataset[key]]);
      checked.push(`data[].${key}`);
    }
    expect(checked).toEqual(expect.arrayContaining(["version", "comment", "environments", "data[].fail-on"]));
  });
});
