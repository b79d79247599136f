import { makeZip as makeEntriesZip } from "../../app/helpers/make-zip.js";

/** A real zip (test/app/helpers/make-zip.ts, yazl as actions/upload-artifact uses), from name → content. */
export function makeZip(entries: Record<string, string | Buffer>, compress = true): Promise<Buffer> {
  return makeEntriesZip(Object.entries(entries).map(([name, data]) => ({ name, data, compress })));
}
