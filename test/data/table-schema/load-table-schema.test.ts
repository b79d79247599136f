import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { loadTableSchema } from "../../../src/data/table-schema/load-table-schema.js";

const dir = mkdtempSync(join(tmpdir(), "slipway-table-schema-"));
function load(text: string, name = "schema.yaml") {
  writeFileSync(join(dir, name), text);
  return loadTableSchema(join(dir, name), name);
}

describe("loadTableSchema: schemas as the Table Schema spec allows", () => {
  // Issue 10, measured: "Schema files with extra properties are refused (the spec allows any extra property)".
  it("accepts extra properties anywhere, without a warning when they are not near a known key", () => {
    const { schema, warnings } = load(`
$schema: https://specs.frictionlessdata.io/schemas/table-schema.json
profile: tabular-data-resource
x-owner: data-team
fields:
  - name: id
    type: integer
    unit: count
    constraints: { required: true, x-note: "checked nightly" }
foreignKeys:
  - { fields: id, reference: { resource: "", fields: id, x-comment: self }, x-why: tree }
`);
    expect(schema.fields[0]).toMatchObject({ name: "id", type: "integer", constraints: { required: true } });
    expect(warnings).toEqual([]);
  });

  it("warns, naming file, line and key, when an extra property is a near-miss of a known one", () => {
    const warnings = load(
      [
        "primarykey: id",
        "fields:",
        "  - name: id",
        "    tpye: integer",
        "    constraints: { minimun: 1 }",
        "foreignKeys:",
        "  - { fields: id, reference: { fields: id, resorce: x } }",
      ].join("\n"),
      "near.yaml",
    ).warnings.join("\n");
    expect(warnings).toMatch(
      /near\.yaml:1: primarykey: unknown key "primarykey" is ignored\. Did you mean "primaryKey"\?/,
    );
    expect(warnings).toMatch(/near\.yaml:4: fields\[0\]\.tpye: .*Did you mean "type"\?/);
    expect(warnings).toMatch(/near\.yaml:5: fields\[0\]\.constraints\.minimun: .*Did you mean "minimum"\?/);
    expect(warnings).toMatch(
      /near\.yaml:7: foreignKeys\[0\]\.reference\.resorce: .*Did you mean "resource"\?/,
    );
  });

  it("reads JSON schemas (Frictionless's own files) and all Table Schema v1 types", () => {
    const { schema, warnings } = load(
      JSON.stringify({
        fields: ["string", "integer", "yearmonth", "duration", "geopoint", "object"].map((type) => ({
          name: type,
          type,
        })),
        primaryKey: ["string"],
      }),
      "schema.json",
    );
    expect(schema.fields.map((field) => field.type)).toEqual([
      "string",
      "integer",
      "yearmonth",
      "duration",
      "geopoint",
      "object",
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(/fields\[4\]\.type: values of type geopoint are read as text and not checked/),
      expect.stringMatching(/fields\[5\]\.type: values of type object are read as text and not checked/),
    ]);
  });

  it("keeps number options and field missingValues, with the spec's defaults", () => {
    const { schema } = load(`
fields:
  - { name: price, type: number, bareNumber: false, groupChar: " ", decimalChar: ",", missingValues: ["-"] }
  - { name: n, type: integer }
`);
    expect(schema.fields[0]).toMatchObject({
      bareNumber: false,
      groupChar: " ",
      decimalChar: ",",
      missingValues: ["-"],
    });
    expect(schema.fields[1]).toMatchObject({ bareNumber: true, decimalChar: "." });
    expect(schema.fields[1]!.groupChar).toBeUndefined();
  });
});
