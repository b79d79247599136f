/** A DOUBLE literal that DuckDB reads back bit for bit (a bare 0.1 would be parsed as a DECIMAL first). */
export function doubleLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return `CAST('${value}' AS DOUBLE)`;
}
