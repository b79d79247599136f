/**
 * docs/configuration.md is generated from the schema (`npm run docs`): it must be current, and read
 * back it must list every key of the schema with its default and whether it is required.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import {
  type JsonSchema,
  renderConfigReference,
  typeOf,
} from "../../scripts/docs/render-config-reference.js";
import { configJsonSchema } from "../../src/config/config-json-schema.js";
import { docSections, unquote } from "./markdown-tables.js";

const root = join(import.meta.dirname, "..", "..");
const committed = readFileSync(join(root, "docs", "configuration.md"), "utf8");
const schema = configJsonSchema() as JsonSchema;

/** Each mapping of the schema with the heading the reference gives it. */
function mappings(node: JsonSchema, path: string): [string, JsonSchema][] {
  if (node.properties) {
    const heading = path === "" ? "Top level" : `\`${path}\``;
    const own: [string, JsonSchema][] = [[heading, node]];
    for (const [key, child] of Object.entries(node.properties)) {
      own.push(...mappings(child, path ? `${path}.${key}` : key));
    }
    return own;
  }
  if (node.items) return mappings(node.items, `${path}[]`);
  if (typeof node.additionalProperties === "object")
    return mappings(node.additionalProperties, `${path}.<name>`);
  return (node.anyOf ?? [])
    .filter((option) => option.properties)
    .flatMap((option) =>
      mappings(option, path).map(([heading, s]): [string, JsonSchema] =>
        s === option ? [`${heading} (with ${Object.keys(option.properties!).join(", ")})`, s] : [heading, s],
      ),
    );
}

describe("docs/configuration.md", () => {
  it("is what `npm run docs` generates from the schema", () => {
    expect(committed).toBe(renderConfigReference(schema));
  });

  const sections = docSections(committed);
  const expected = mappings(schema, "");

  it("has one section per mapping of the schema, and no other", () => {
    expect(sections.map((s) => s.heading).filter((h) => h !== "Contents")).toEqual(expected.map(([h]) => h));
  });

  it.each(expected)("%s lists every key with its default or **required**", (heading, node) => {
    const section = sections.find((s) => s.heading === heading)!;
    const rows = section.rows.map(([key, , fallback]) => [unquote(key!), fallback]);
    const required = new Set(node.required ?? []);
    expect(rows).toEqual(
      Object.entries(node.properties!).map(([key, child]) => [
        key,
        required.has(key)
          ? "**required**"
          : "default" in child
            ? `\`${JSON.stringify(child.default)}\``
            : "—",
      ]),
    );
  });
});

describe("typeOf", () => {
  it.each<[JsonSchema, string]>([
    [{ type: "string" }, "string"],
    [{ type: "string", minLength: 1 }, "string, not empty"],
    [{ type: "integer", minimum: 0, maximum: 100 }, "integer, 0–100"],
    [{ type: "number", exclusiveMinimum: 0 }, "number, > 0"],
    [{ type: "integer", minimum: 0 }, "integer, ≥ 0"],
    [{ type: ["string", "number"] }, "string or number"],
    [{ const: 1 }, "`1`"],
    [{ type: "string", enum: ["a", "b"] }, '`"a"` \\| `"b"`'],
    [{ type: "array", items: { type: "string" } }, "list of string"],
    [{ type: "object", additionalProperties: { type: "string" } }, "map of name → string"],
    [{ type: "object", properties: { a: {} } }, "mapping"],
    [
      {
        anyOf: [
          { type: "number", minimum: 0 },
          { type: "string", pattern: "^\\d+(\\.\\d+)?%$" },
        ],
      },
      'number, ≥ 0 or string, like "5%"',
    ],
    [
      { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
      "string or list of string",
    ],
  ])("%j is %s", (node, text) => {
    expect(typeOf(node)).toBe(text);
  });
});
