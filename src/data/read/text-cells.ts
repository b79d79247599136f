/**
 * DuckDB's read of a delimited file as text cells, shared by the staged reading (read-text-table.ts)
 * and the straight one (read-text-direct.ts): which columns hold which cells, and the read_csv call.
 */
import { ident, literal } from "../sql.js";
import type { Dialect } from "./dialect.js";
import { MAX_LINE_BYTES } from "./scan-text-file.js";

/** What read_csv reads for an empty cell instead of NULL, so '' stays '' (short rows are padded NULL). */
const NULL_MARK = "\u0001\u0002";

/**
 * The longest line every read_csv of a text data file takes, and its read buffer. DuckDB's buffer
 * is 16 × max_line_size unless told: 128 MiB for our 8 MiB lines. Each thread fills one, which cost
 * a quarter of the validation parse and 150 MiB of memory on the 3M-row bench, far more on a file
 * with quotes, and 4/5 of a typed read (drift, infer-schema: 1.3 s vs 0.27 s at 3M rows). A buffer
 * of two of the longest lines is enough. (A quoted cell that spans lines stops DuckDB's parallel
 * null-padding reader, whatever the buffer size: the staged reading then reads serially.)
 */
export const LINE_LIMITS: readonly string[] = [
  `max_line_size=${MAX_LINE_BYTES + 1024}`,
  `buffer_size=${2 * (MAX_LINE_BYTES + 1024)}`,
];

/** The text cell of the relation's column at `index` (0-based), in a staged table or a straight read. */
export function cellColumn(index: number): string {
  return `c${index + 1}`;
}

/** Each relation column read from its text cell (cellColumn), a missing value read as NULL. */
export function selectCells(names: readonly string[], missingValues: readonly string[]): string[] {
  const missing = missingValues.map(literal).join(", ");
  return names.map((name, i) => {
    const cell = cellColumn(i);
    const value = missing ? `CASE WHEN ${cell} IN (${missing}) THEN NULL ELSE ${cell} END` : cell;
    return `${value} AS ${ident(name)}`;
  });
}

export function spareColumns(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `__extra${i + 1}`);
}

/**
 * DuckDB's read of a delimited file as text cells: the given columns (the header's plus spare ones
 * for extra cells), short rows padded with NULL while an empty cell stays '', no guessing.
 */
export function textCells(
  path: string,
  dialect: Dialect,
  columns: string[],
  skip: number,
  serial = false,
): string {
  const options = [
    "header=false",
    "auto_detect=false",
    `columns={${columns.map((column) => `'${column}': 'VARCHAR'`).join(", ")}}`,
    `delim=${literal(dialect.delimiter)}`,
    `quote=${literal(dialect.quote)}`,
    `escape=${literal(dialect.escape)}`,
    `skip=${skip}`,
    "null_padding=true",
    `nullstr=${literal(NULL_MARK)}`,
    ...LINE_LIMITS,
    ...(dialect.comment ? [`comment=${literal(dialect.comment)}`] : []),
    ...(serial ? ["parallel=false"] : []),
  ];
  return `read_csv(${literal(path)}, ${options.join(", ")})`;
}
