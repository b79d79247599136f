/** `slipway infer-schema <data>`: drafts a Table Schema for a person to review and edit. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { stringify } from "yaml";
import { openDuckDB } from "../../data/duckdb.js";
import { type InferredDataset, inferDataset } from "../../data/infer-schema.js";
import { describeReadAs, dialectConfig } from "../../data/read/dialect.js";
import { describeMargin, parseMargin } from "../../data/schema-bounds.js";
import { InputError } from "../../errors.js";
import { addDialectFlags, type DialectFlags, readDialectFlags } from "../dialect-flags.js";
import type { RegisterCommand } from "./index.js";

interface Options extends DialectFlags {
  output?: string;
  force?: boolean;
  enumMax: string;
  margin: string;
  json?: boolean;
  config?: string;
}

export const registerInferSchema: RegisterCommand = (program, io) => {
  const command = program
    .command("infer-schema")
    .description(
      "Draft a Table Schema (types, required, ranges, enums) from a data file, to review and edit.",
    )
    .argument("<data>", "data file or glob")
    .option("-o, --output <path>", "write the schema here instead of printing it")
    .option("--force", "overwrite --output if it exists")
    .option("--enum-max <n>", "strings with at most this many distinct values get an enum", "10")
    .option(
      "--margin <margin>",
      'how far numeric and date bounds stand from the observed range: "50%" of the range on each side (never across zero), then rounded outward to 2 significant digits; "0": exactly the observed range; a whole number N: the observed range rounded outward to N significant digits',
      "50%",
    )
    .option("--config <path>", "(accepted for symmetry; not used)")
    .option("--json", "print JSON instead of YAML");
  addDialectFlags(command).action(async (data: string, options: Options) => {
    const enumMax = Number(options.enumMax);
    if (!Number.isInteger(enumMax) || enumMax < 0)
      throw new InputError("--enum-max", `must be a whole number, not "${options.enumMax}".`);
    const margin = parseMargin(options.margin);
    const output = options.output ? { shown: options.output, path: resolve(io.cwd, options.output) } : null;
    if (output && existsSync(output.path) && !options.force) {
      throw new InputError(
        output.shown,
        "already exists; a person may have edited it. Pass --force to overwrite it.",
      );
    }
    const stated = readDialectFlags(options);
    const sql = await openDuckDB();
    let inferred: InferredDataset;
    try {
      inferred = await inferDataset(sql, data, { cwd: io.cwd, enumMax, margin, ...stated });
    } finally {
      sql.close();
    }
    const { schema, readAs } = inferred;
    if (readAs) {
      io.stderr(`read as: ${describeReadAs(readAs)}\n`);
      const dialect = dialectConfig(readAs.dialect);
      if (Object.keys(dialect).length > 0 || readAs.encoding !== "utf-8")
        io.stderr(
          `state this in the dataset's entry of .github/slipway.yml: ${JSON.stringify({ dialect, ...(readAs.encoding !== "utf-8" ? { encoding: readAs.encoding } : {}) })}\n`,
        );
    }
    for (const warning of inferred.warnings) io.stderr(`warning: ${warning}\n`);
    const text = options.json
      ? `${JSON.stringify(schema, null, 2)}\n`
      : `# Drafted by \`slipway infer-schema ${data}\`: review the types and bounds, then edit freely.\n# The ${describeMargin(margin)}.\n${stringify(schema, { lineWidth: 0, flowCollectionPadding: false })}`;
    if (output) {
      mkdirSync(dirname(output.path), { recursive: true });
      writeFileSync(output.path, text);
      io.stderr(`wrote ${output.shown} (${schema.fields.length} fields)\n`);
    } else {
      io.stdout(text);
    }
  });
};
