/**
 * The CLI flags that state how a text data file is read (validate-data, infer-schema, drift): the
 * same keys as a dataset's `dialect:` and `encoding:` in .github/slipway.yml.
 */
import type { Command } from "commander";
import { type DialectInput, ENCODINGS, type Encoding } from "../data/read/dialect.js";
import { InputError } from "../errors.js";

export interface DialectFlags {
  delimiter?: string;
  header?: boolean;
  quote?: string;
  escape?: string;
  comment?: string;
  skipRows?: string;
  whitespaceDelimited?: boolean;
  decimal?: string;
  encoding?: string;
}

export function addDialectFlags(command: Command): Command {
  return command
    .option("--delimiter <char>", "cell separator of CSV/text data (default: detected; \\t or tab for tabs)")
    .option("--header", "row 1 of the data is a header (default: detected)")
    .option("--no-header", "the data has no header row (names come from the schema, else field1, field2, …)")
    .option("--quote <char>", "quote character of CSV data (default \"; '' for none)")
    .option("--escape <char>", "escape character inside quotes (default: the quote, doubled)")
    .option("--comment <char>", "skip lines starting with this")
    .option("--skip-rows <n>", "lines to skip before the header or first row")
    .option("--whitespace-delimited", "cells separated by runs of spaces or tabs (numpy.savetxt)")
    .option("--decimal <char>", "decimal separator of numbers (default .)")
    .option("--encoding <name>", `text encoding: ${ENCODINGS.join(", ")} (default utf-8)`);
}

/** The dialect and encoding the flags state (keys not given stay unset, to be detected). */
export function readDialectFlags(flags: DialectFlags): { dialect: DialectInput; encoding?: Encoding } {
  const dialect: DialectInput = {};
  if (flags.delimiter !== undefined) dialect.delimiter = delimiterCharacter(flags.delimiter, "--delimiter");
  if (flags.header !== undefined) dialect.header = flags.header;
  if (flags.quote !== undefined) dialect.quote = flags.quote;
  if (flags.escape !== undefined) dialect.escape = flags.escape;
  if (flags.comment !== undefined) dialect.comment = flags.comment;
  if (flags.skipRows !== undefined) {
    const rows = Number(flags.skipRows);
    if (!Number.isInteger(rows) || rows < 0)
      throw new InputError("--skip-rows", `must be a whole number, not "${flags.skipRows}".`);
    dialect["skip-rows"] = rows;
  }
  if (flags.whitespaceDelimited) dialect["whitespace-delimited"] = true;
  if (flags.decimal !== undefined) dialect.decimal = flags.decimal;
  if (flags.encoding === undefined) return { dialect };
  const encoding = flags.encoding
    .toLowerCase()
    .replace(/^utf8$/, "utf-8")
    .replace(/^latin1$/, "latin-1");
  if (!ENCODINGS.includes(encoding as Encoding))
    throw new InputError("--encoding", `must be one of ${ENCODINGS.join(", ")}, not "${flags.encoding}".`);
  return { dialect, encoding: encoding as Encoding };
}

function delimiterCharacter(value: string, flag: string): string {
  const character = value === "\\t" || value.toLowerCase() === "tab" ? "\t" : value;
  if (character.length === 0 || character.length > 4)
    throw new InputError(flag, `must be one to four characters, not "${value}".`);
  return character;
}
