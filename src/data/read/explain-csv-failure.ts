/**
 * Turns DuckDB's words for a CSV it could not read into a sentence naming the file, the line and
 * what is wrong. Facts DuckDB does not give (where an unterminated quote opens) are found by
 * scanning the file, only on this error path.
 */
import { InputError } from "../../errors.js";
import { findUnterminatedQuote } from "../find-unterminated-quote.js";
import type { Dialect } from "./dialect.js";
import type { ScannedFile } from "./scan-text-file.js";

export async function explainCsvFailure(
  scan: ScannedFile,
  shown: string,
  dialect: Dialect,
  error: unknown,
): Promise<InputError> {
  if (error instanceof InputError) return error;
  const full = errorText(error);
  const detail = firstLine(full);
  if (dialect.quote) {
    const open = await findUnterminatedQuote(scan.readPath, dialect.quote, dialect.delimiter).catch(
      () => null,
    );
    if (open) {
      return new InputError(
        shown,
        `unterminated quote opens at line ${open.line}, column ${open.column}: a quoted cell (${dialect.quote}) is never closed. Close it, or double a quote that is part of a value.`,
        { line: open.line },
        { cause: error },
      );
    }
  }
  const line = /on line:? (\d+)/i.exec(full)?.[1] ?? /line (\d+)/i.exec(full)?.[1];
  const where = line ? { line: Number(line) } : {};
  const original = /Original Line: ([^\n]*)/.exec(full)?.[1] ?? "";
  if (dialect.quote && dialect.escape === dialect.quote && original.includes(`\\${dialect.quote}`)) {
    return new InputError(
      shown,
      `line ${line ?? "?"} escapes a quote with a backslash (\\${dialect.quote}), but the dialect doubles quotes (${dialect.quote}${dialect.quote}): state escape: '\\' (--escape '\\').`,
      where,
      { cause: error },
    );
  }
  if (/maximum line size|max_line_size/i.test(full)) {
    return new InputError(shown, `a line is longer than the reader's limit: ${detail}`, where, {
      cause: error,
    });
  }
  if (/unicode|utf-?8/i.test(full)) {
    return new InputError(
      shown,
      `holds bytes that are not valid ${scan.encoding}${line ? ` at line ${line}` : ""}; state the file's encoding (encoding: latin-1, cp1252 or utf-16).`,
      where,
      { cause: error },
    );
  }
  const reason = /\n\s*(?!file =|delimiter =)([A-Z][^\n]*)/.exec(full.split("\n").slice(1).join("\n"))?.[1];
  return new InputError(
    shown,
    `cannot be read as ${describe(dialect)}${line ? ` (line ${line})` : ""}: ${reason ?? detail}`,
    where,
    { cause: error },
  );
}

function describe(dialect: Dialect): string {
  if (dialect.whitespaceDelimited) return "whitespace-delimited text";
  const name = dialect.delimiter === "\t" ? "tab" : `'${dialect.delimiter}'`;
  return `text with delimiter ${name}`;
}

function errorText(error: unknown): string {
  return typeof error === "object" && error !== null && "message" in error
    ? String(error.message)
    : String(error);
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/^(?:[A-Za-z ]*Error: )+/, "").trim();
}
