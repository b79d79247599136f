/**
 * A DVC plots file read into rows, as `dvc plots show` reads it: CSV or TSV with a header row, or
 * JSON / YAML holding a list of objects (at the top, or under one key, as `{"prc": [...]}`). Each
 * row keeps its 1-based line where the format tells it (CSV, TSV), so a bad value is pointed at.
 */
import { InputError } from "../../errors.js";
import { parseStructuredFile, structuredFormat } from "../files/parse-structured-file.js";
import { splitCsv } from "../metrics/parse-metrics-csv.js";

export interface PlotRow {
  values: Record<string, unknown>;
  /** 1-based data row (header excluded). */
  row: number;
  line?: number;
}

export interface PlotRows {
  /** Field names in the file's order (the header, or the first object's keys). */
  fields: string[];
  rows: PlotRow[];
}

export function isPlotFile(path: string): boolean {
  return /\.(csv|tsv|json|ya?ml)$/i.test(path);
}

export function parsePlotRows(text: string, file: string): PlotRows {
  const lower = file.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".tsv")) return delimited(text, file, lower.endsWith(".tsv"));
  const format = structuredFormat(file);
  if (format === "json" || format === "yaml")
    return listOfObjects(parseStructuredFile(text, file, format).data, file);
  throw new InputError(file, "is not a plots file DVC reads: use CSV, TSV, JSON or YAML.");
}

function delimited(text: string, file: string, tabs: boolean): PlotRows {
  const records = splitCsv(text.replace(/^\uFEFF/, ""), tabs ? "\t" : ",");
  const header = records.shift();
  if (!header || header.cells.every((cell) => cell.trim() === ""))
    throw new InputError(file, "is empty; a plots file needs a header row and one row per point.");
  const fields = header.cells.map((cell) => cell.trim());
  const rows: PlotRow[] = [];
  for (const record of records) {
    if (record.cells.every((cell) => cell.trim() === "")) continue; // a blank line, as DVC skips it
    const values: Record<string, unknown> = {};
    fields.forEach((field, i) => {
      values[field] = record.cells[i]?.trim() ?? "";
    });
    rows.push({ values, row: rows.length + 1, line: record.line });
  }
  return { fields, rows };
}

function listOfObjects(data: unknown, file: string): PlotRows {
  let list: unknown = data;
  if (list !== null && typeof list === "object" && !Array.isArray(list)) {
    // DVC's nested form: the first key whose value is a list of objects.
    list = Object.values(list).find((value) => Array.isArray(value));
  }
  if (!Array.isArray(list) || list.length === 0) {
    throw new InputError(
      file,
      'holds no list of points; DVC plots files hold a list of objects, e.g. [{"recall": 0.1, "precision": 0.9}, …], at the top or under one key.',
    );
  }
  const rows: PlotRow[] = [];
  const fields: string[] = [];
  list.forEach((item, index) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      throw new InputError(file, `point ${index + 1} is ${JSON.stringify(item)}, not an object of fields.`, {
        row: index + 1,
      });
    }
    for (const key of Object.keys(item)) if (!fields.includes(key)) fields.push(key);
    rows.push({ values: item as Record<string, unknown>, row: index + 1 });
  });
  return { fields, rows };
}
