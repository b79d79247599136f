/**
 * Metrics as CSV rows of `name,value` (a header row naming both columns, in any order, other
 * columns ignored). Hand-written rather than DuckDB or a CSV package: the file holds a few dozen
 * rows, and a row number in the message matters more than speed. Quoted cells ("a,b", "say ""x""")
 * are read as RFC 4180 says.
 */
import { InputError } from "../../errors.js";

export function parseMetricsCsv(text: string, file: string): Record<string, number> {
  const records = splitCsv(text.replace(/^\uFEFF/, ""));
  const header = records.shift();
  if (!header)
    throw new InputError(file, "is empty; expected a header row `name,value` and one row per metric.");
  const lower = header.cells.map((cell) => cell.trim().toLowerCase());
  const nameAt = lower.indexOf("name");
  const valueAt = lower.indexOf("value");
  if (nameAt < 0 || valueAt < 0) {
    throw new InputError(
      file,
      `the header row has ${header.cells.map((c) => JSON.stringify(c)).join(", ")}; it needs the columns "name" and "value".`,
      { line: header.line },
    );
  }
  const metrics: Record<string, number> = {};
  records.forEach((record, index) => {
    const row = index + 1;
    if (record.cells.every((cell) => cell.trim() === "")) return; // blank line
    const name = (record.cells[nameAt] ?? "").trim();
    const raw = (record.cells[valueAt] ?? "").trim();
    if (!name)
      throw new InputError(file, "the metric name is empty.", { row, line: record.line, field: "name" });
    if (name in metrics) {
      throw new InputError(file, `metric "${name}" appears twice; each metric needs one row.`, {
        row,
        line: record.line,
        field: "name",
      });
    }
    const value = raw === "" ? Number.NaN : Number(raw);
    if (!Number.isFinite(value)) {
      const what =
        raw === ""
          ? "empty"
          : /^[-+]?(nan|inf(inity)?)$/i.test(raw)
            ? raw
            : `not a number (${JSON.stringify(raw)})`;
      throw new InputError(
        file,
        `metric "${name}" is ${what}; metrics must be finite numbers. Check the evaluation that wrote it.`,
        { row, line: record.line, field: "value" },
      );
    }
    metrics[name] = value;
  });
  return metrics;
}

export interface CsvRecord {
  cells: string[];
  /** 1-based line the record starts on. */
  line: number;
}

/** RFC 4180 records; `delimiter` "\t" reads TSV the same way (DVC's plots files). */
export function splitCsv(text: string, delimiter = ","): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ cells, line: startLine });
      cells = [];
      cell = "";
      line++;
      startLine = line;
    } else cell += ch;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({ cells, line: startLine });
  }
  return records;
}
