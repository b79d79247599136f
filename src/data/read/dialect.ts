/**
 * How a text data file is read: the Frictionless CSV dialect keys Slipway supports, the encoding,
 * and the sentence that says how a file was read ("read as: delimiter ';', header row 1, utf-8").
 * A dataset states any of these in .github/slipway.yml (`dialect:`, `encoding:`) or on the command
 * line; what it does not state is detected (detect-dialect.ts), and the report always says which.
 */

export type Encoding = "utf-8" | "latin-1" | "cp1252" | "utf-16";
export const ENCODINGS: readonly Encoding[] = ["utf-8", "latin-1", "cp1252", "utf-16"];

/** What a user may state; every key is optional (the rest is detected). */
export interface DialectInput {
  delimiter?: string;
  /** false: the file has no header row; names come from the schema (else field1, field2, …). */
  header?: boolean;
  quote?: string;
  escape?: string;
  /** Lines starting with this are skipped. */
  comment?: string;
  /** Lines before the header (or the first data row) to skip. */
  "skip-rows"?: number;
  /** Cells separated by runs of spaces or tabs (numpy.savetxt, aligned text tables). */
  "whitespace-delimited"?: boolean;
  /** Decimal separator of numbers ("," in much of Europe). */
  decimal?: string;
}

/** The dialect a file was read with: every key settled. */
export interface Dialect {
  delimiter: string;
  header: boolean;
  quote: string;
  escape: string;
  comment: string | null;
  skipRows: number;
  whitespaceDelimited: boolean;
  decimal: string;
}

/** How a dataset was read, for the report: the dialect and encoding, and which of them were stated. */
export interface ReadAs {
  dialect: Dialect;
  encoding: Encoding;
  /** Keys the user stated (config or flags); the others were detected or are defaults. */
  stated: string[];
}

export const DEFAULT_DIALECT: Dialect = {
  delimiter: ",",
  header: true,
  quote: '"',
  escape: '"',
  comment: null,
  skipRows: 0,
  whitespaceDelimited: false,
  decimal: ".",
};

/** "delimiter ';', header row 1, utf-8" — the line the text report prints after "read as:". */
export function describeReadAs(readAs: ReadAs): string {
  const { dialect } = readAs;
  const parts = [
    dialect.whitespaceDelimited ? "cells separated by whitespace" : `delimiter ${shown(dialect.delimiter)}`,
    dialect.header ? `header row ${dialect.skipRows + 1}` : "no header row",
  ];
  if (dialect.quote !== '"') parts.push(dialect.quote ? `quote ${shown(dialect.quote)}` : "no quoting");
  if (dialect.escape !== dialect.quote && dialect.escape) parts.push(`escape ${shown(dialect.escape)}`);
  if (dialect.comment) parts.push(`comment lines start ${shown(dialect.comment)}`);
  if (dialect.skipRows > 0 && !dialect.header) parts.push(`${dialect.skipRows} row(s) skipped`);
  if (dialect.decimal !== ".") parts.push(`decimal ${shown(dialect.decimal)}`);
  parts.push(readAs.encoding);
  return parts.join(", ");
}

function shown(character: string): string {
  if (character === "\t") return "tab";
  if (character === " ") return "space";
  return `'${character}'`;
}

/** The dialect as the config writes it (only keys that differ from the defaults), for `init`. */
export function dialectConfig(dialect: Dialect): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (dialect.whitespaceDelimited) out["whitespace-delimited"] = true;
  else if (dialect.delimiter !== ",") out.delimiter = dialect.delimiter;
  if (!dialect.header) out.header = false;
  if (dialect.quote !== '"') out.quote = dialect.quote;
  if (dialect.escape !== dialect.quote) out.escape = dialect.escape;
  if (dialect.comment) out.comment = dialect.comment;
  if (dialect.skipRows > 0) out["skip-rows"] = dialect.skipRows;
  if (dialect.decimal !== ".") out.decimal = dialect.decimal;
  return out;
}
