/**
 * Frictionless conformance: frictionless-py's own fixture files (test/fixtures/frictionless) and
 * the outcomes its tests state for them, as `report.flatten(["rowNumber", "fieldNumber", "type"])`.
 * conformance.test.ts validates each with Slipway and compares; docs/frictionless-conformance.md
 * is generated from this table (`npm run docs`). Row numbers count the header as row 1.
 */

/** [rowNumber, fieldNumber, error code], null where Frictionless gives none. */
export type Flat = [number | null, number | null, string];

export interface ConformanceCase {
  id: string;
  /** The frictionless-py test stating the outcome (file::function). */
  source: string;
  /** The data file, relative to test/fixtures/frictionless. */
  data: string;
  /** The table schema: a fixture file, or the one written inline in the test (as Slipway reads it). */
  schema?: string | Record<string, unknown>;
  /** Other datasets a foreign key of the schema references (a data package's other resources). */
  references?: { name: string; data: string; schema?: Record<string, unknown> }[];
  /** The test picks these error codes only (Frictionless's `pick_errors`). */
  pick?: readonly string[];
  /** The test stops after this many errors (`limit_errors`): compare the first ones. */
  limit?: number;
  /** What Frictionless reports. */
  frictionless: Flat[];
  /** Where Slipway deliberately reports otherwise: its result and why. */
  slipway?: { valid: boolean; errors: Flat[]; why: string };
  note?: string;
}

const ROW_CODES = [
  "type-error",
  "constraint-error",
  "unique-error",
  "primary-key",
  "foreign-key",
  "blank-row",
  "missing-cell",
  "extra-cell",
] as const;

const RESOURCE = "frictionless/resource/__spec__";
const PACKAGE = "frictionless/package/__spec__";
const CHECKS = "frictionless/checks";

const nestedSchema = {
  fields: [
    { name: "id", type: "integer" },
    { name: "cat", type: "integer" },
    { name: "name", type: "string" },
  ],
  foreignKeys: [{ fields: "cat", reference: { resource: "", fields: "id" } }],
};
/** data/invalid/datapackage.json's two resources, as two Slipway datasets. */
const packageData = {
  fields: [
    { name: "id", type: "string", constraints: { required: true } },
    { name: "name", type: "string" },
    { name: "description", type: "string" },
    { name: "amount", type: "number" },
  ],
  primaryKey: "id",
};
const packageData2 = {
  fields: [
    { name: "parent", type: "string" },
    { name: "comment", type: "string" },
  ],
  foreignKeys: [{ fields: "parent", reference: { resource: "data", fields: "id" } }],
};
/** The schema Frictionless infers for id,name tables (its tests validate with it). */
const idName = {
  fields: [
    { name: "id", type: "integer" },
    { name: "name", type: "string" },
  ],
};
const idNameAge = {
  fields: [
    { name: "id", type: "integer" },
    { name: "name", type: "string" },
    { name: "age", type: "integer" },
  ],
};

export const CONFORMANCE_CASES: readonly ConformanceCase[] = [
  // Schema, type and constraint errors
  {
    id: "table-with-schema",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_resource_with_schema_as_string`,
    data: "table.csv",
    schema: "schema.json",
    frictionless: [],
  },
  {
    id: "capital-valid",
    source: "frictionless/report/__spec__/task/test_convert.py::test_report_task_to_summary_valid",
    data: "capital-valid.csv",
    schema: idName,
    frictionless: [],
  },
  {
    id: "blank-cells-not-required",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_blank_cell_not_required`,
    data: "blank-cells.csv",
    schema: idName,
    frictionless: [],
  },
  {
    id: "schema-multiple-errors",
    source: `${RESOURCE}/test_validate_schema.py::test_resource_validate_schema_multiple_errors`,
    data: "schema-errors.csv",
    schema: "schema-valid.json",
    pick: ROW_CODES,
    limit: 3,
    frictionless: [
      [4, 1, "type-error"],
      [4, 2, "constraint-error"],
      [4, 3, "constraint-error"],
    ],
  },
  {
    id: "wide-table-required-issue-277",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_wide_table_with_order_fields_issue_277`,
    data: "issue-277.csv",
    schema: "issue-277.json",
    frictionless: [
      [49, 50, "constraint-error"],
      [68, 50, "constraint-error"],
      [69, 50, "constraint-error"],
    ],
    note: "71 fields, multi-line cells, and a schema with extra properties (tablename, status, …)",
  },
  {
    id: "sync-schema-by-name",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_detector_sync_schema`,
    data: "sync-schema.csv",
    schema: { ...idName, fieldsMatch: "equal" },
    frictionless: [],
    note: "Frictionless's schema_sync is Slipway's fieldsMatch: equal (columns matched by name)",
  },
  // Unique, primary key, duplicate rows
  {
    id: "unique-and-primary-key",
    source: `${RESOURCE}/test_validate_schema.py::test_resource_validate_schema_primary_key_and_unique_error`,
    data: "unique-field.csv",
    schema: "unique-field.json",
    frictionless: [
      [10, 1, "unique-error"],
      [10, null, "primary-key"],
    ],
  },
  {
    id: "unique-error",
    source: `${RESOURCE}/test_validate_schema.py::test_resource_validate_schema_unique_error`,
    data: "unique-field.csv",
    schema: "unique-field.json",
    pick: ["unique-error"],
    frictionless: [[10, 1, "unique-error"]],
  },
  {
    id: "primary-key-error",
    source: `${RESOURCE}/test_validate_schema.py::test_resource_validate_schema_primary_key_error`,
    data: "unique-field.csv",
    schema: "unique-field.json",
    pick: ["primary-key"],
    frictionless: [[10, null, "primary-key"]],
  },
  {
    id: "duplicate-row",
    source: `${CHECKS}/row/__spec__/test_duplicate_row.py::test_validate_duplicate_row`,
    data: "duplicate-rows.csv",
    schema: { ...idNameAge, uniqueRows: true },
    frictionless: [[4, null, "duplicate-row"]],
    note: "Frictionless's duplicate_row check is Slipway's uniqueRows: true",
  },
  {
    id: "duplicate-row-valid",
    source: `${CHECKS}/row/__spec__/test_duplicate_row.py::test_validate_duplicate_row_valid`,
    data: "table.csv",
    schema: { ...idName, uniqueRows: true },
    frictionless: [],
  },
  // Foreign keys
  {
    id: "foreign-key-self",
    source: `${RESOURCE}/test_validate_schema.py::test_resource_validate_schema_foreign_key_error_self_referencing`,
    data: "nested.csv",
    schema: nestedSchema,
    frictionless: [],
  },
  {
    id: "foreign-key-self-invalid",
    source: `${RESOURCE}/test_validate_schema.py::test_resource_validate_schema_foreign_key_error_self_referencing_invalid`,
    data: "nested-invalid.csv",
    schema: nestedSchema,
    frictionless: [[6, null, "foreign-key"]],
  },
  {
    id: "package-primary-key",
    source: `${PACKAGE}/test_validate.py::test_package_validate_from_path_invalid (task 1)`,
    data: "invalid/data.csv",
    schema: packageData,
    frictionless: [
      [3, null, "blank-row"],
      [3, null, "primary-key"],
    ],
    slipway: {
      valid: false,
      errors: [[3, null, "blank-row"]],
      why: "a blank row is reported once, as blank-row; its cells are not checked again (no primary-key error for its empty key)",
    },
  },
  {
    id: "package-foreign-key",
    source: `${PACKAGE}/test_validate.py::test_package_validate_from_path_invalid (task 2)`,
    data: "invalid/data2.csv",
    schema: packageData2,
    references: [{ name: "data", data: "invalid/data.csv", schema: packageData }],
    frictionless: [[4, null, "blank-row"]],
  },
  // Structure: labels, rows, cells, encoding
  {
    id: "invalid-table",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_invalid_table`,
    data: "invalid.csv",
    frictionless: [
      [null, 3, "blank-label"],
      [null, 4, "duplicate-label"],
      [2, 3, "missing-cell"],
      [2, 4, "missing-cell"],
      [3, 3, "missing-cell"],
      [3, 4, "missing-cell"],
      [4, null, "blank-row"],
      [5, 5, "extra-cell"],
    ],
  },
  {
    id: "blank-headers",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_blank_headers`,
    data: "blank-headers.csv",
    frictionless: [[null, 2, "blank-label"]],
  },
  {
    id: "duplicate-headers",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_duplicate_headers`,
    data: "duplicate-headers.csv",
    frictionless: [
      [null, 3, "duplicate-label"],
      [null, 5, "duplicate-label"],
    ],
  },
  {
    id: "defective-rows",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_defective_rows`,
    data: "defective-rows.csv",
    frictionless: [
      [2, 3, "missing-cell"],
      [3, 4, "extra-cell"],
    ],
  },
  {
    id: "blank-rows",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_blank_rows`,
    data: "blank-rows.csv",
    frictionless: [[4, null, "blank-row"]],
  },
  {
    id: "blank-rows-multiple",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_blank_rows_multiple`,
    data: "blank-rows-multiple.csv",
    frictionless: Array.from({ length: 11 }, (_, i): Flat => [4 + i, null, "blank-row"]),
  },
  {
    id: "structure-errors-limit",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_structure_errors_with_limit_errors`,
    data: "structure-errors.csv",
    limit: 3,
    frictionless: [
      [4, null, "blank-row"],
      [5, 4, "extra-cell"],
      [5, 5, "extra-cell"],
    ],
  },
  {
    id: "extra-label-and-cells",
    source: `${RESOURCE}/test_validate_schema.py::test_resource_validate_schema_extra_headers_and_cells`,
    data: "table.csv",
    schema: { fields: [{ name: "id", type: "integer" }] },
    frictionless: [
      [null, 2, "extra-label"],
      [2, 2, "extra-cell"],
      [3, 2, "extra-cell"],
    ],
    slipway: {
      valid: false,
      errors: [[null, 2, "extra-label"]],
      why: "a column the schema lacks is reported once, as extra-label, not again as an extra-cell on every row",
    },
  },
  {
    id: "missing-label-required",
    source: `${RESOURCE}/test_validate_schema.py::test_resource_validate_less_actual_fields_with_required_constraint_issue_950`,
    data: "table.csv",
    schema: {
      fields: [...idName.fields, { name: "bad", type: "any", constraints: { required: true } }],
    },
    frictionless: [
      [null, 3, "missing-label"],
      [2, 3, "constraint-error"],
      [2, 3, "missing-cell"],
      [3, 3, "constraint-error"],
      [3, 3, "missing-cell"],
    ],
    slipway: {
      valid: false,
      errors: [[null, 3, "missing-label"]],
      why: "a schema field missing from the file is reported once, as missing-label, not again on every row (missing-cell, constraint-error)",
    },
  },
  {
    id: "capital-invalid",
    source: "frictionless/report/__spec__/task/test_convert.py::test_report_task_to_summary_invalid",
    data: "capital-invalid.csv",
    frictionless: [
      [null, 3, "duplicate-label"],
      [10, 3, "missing-cell"],
      [11, null, "blank-row"],
      [12, 1, "type-error"],
      [12, 4, "extra-cell"],
    ],
    note: "the test counts one error of each code; their rows and fields are read from the file",
    slipway: {
      valid: false,
      errors: [
        [null, 3, "duplicate-label"],
        [10, 3, "missing-cell"],
        [11, null, "blank-row"],
        [12, 4, "extra-cell"],
      ],
      why: "with no schema Slipway checks structure only; Frictionless infers one from the rows (id: integer) and so also calls x a type-error",
    },
  },
  {
    id: "encoding-error",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_encoding_invalid`,
    data: "latin1.csv",
    frictionless: [[null, null, "encoding-error"]],
    note: "read as UTF-8 (the test's encoding); byte 0xa9 is not UTF-8",
    slipway: {
      valid: false,
      errors: [[3, null, "encoding-error"]],
      why: "Slipway names the row holding the first byte that is not UTF-8; Frictionless gives no row",
    },
  },
  {
    id: "without-rows",
    source: `${RESOURCE}/test_validate.py::test_resource_validate_no_rows`,
    data: "without-rows.csv",
    schema: idName,
    frictionless: [],
    slipway: {
      valid: false,
      errors: [],
      why: "a data gate refuses a file with a header and no rows (error no_rows, not a Frictionless code)",
    },
  },
];
