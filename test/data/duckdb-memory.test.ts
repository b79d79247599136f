/**
 * DuckDB is opened with a memory limit and a spill folder of Slipway's own, so a big file spills to
 * disk instead of growing the process (DuckDB's default limit is 80% of the machine's memory, and an
 * in-memory database spills to ".tmp" in the current folder).
 */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "@jest/globals";
import { DEFAULT_MEMORY_LIMIT, openDuckDB } from "../../src/data/duckdb.js";

async function setting(sql: Awaited<ReturnType<typeof openDuckDB>>, name: string): Promise<string> {
  const [row] = await sql.all(`SELECT current_setting('${name}') AS v`);
  return String(row?.v);
}

/** memory_limit as DuckDB prints it back (e.g. "953.6 MiB" for 1GB). */
async function printed(limit: string): Promise<string> {
  const sql = await openDuckDB({ memoryLimit: "4GB" });
  await sql.run(`SET memory_limit = '${limit}'`);
  const text = await setting(sql, "memory_limit");
  sql.close();
  return text;
}

const saved = process.env.SLIPWAY_MEMORY_LIMIT;
afterEach(() => {
  if (saved === undefined) delete process.env.SLIPWAY_MEMORY_LIMIT;
  else process.env.SLIPWAY_MEMORY_LIMIT = saved;
});

describe("openDuckDB memory", () => {
  it("sets the default memory limit and a spill folder in the temporary folder, removed on close", async () => {
    delete process.env.SLIPWAY_MEMORY_LIMIT;
    const sql = await openDuckDB();
    expect(await setting(sql, "memory_limit")).toBe(await printed(DEFAULT_MEMORY_LIMIT));
    const temp = await setting(sql, "temp_directory");
    expect(temp.startsWith(join(tmpdir(), "slipway-duckdb-"))).toBe(true);
    expect(existsSync(temp)).toBe(true);
    sql.close();
    expect(existsSync(temp)).toBe(false);
  });

  it("takes the limit from SLIPWAY_MEMORY_LIMIT, and both from the options", async () => {
    process.env.SLIPWAY_MEMORY_LIMIT = "3GB";
    const fromEnv = await openDuckDB();
    expect(await setting(fromEnv, "memory_limit")).toBe(await printed("3GB"));
    fromEnv.close();

    const folder = mkdtempSync(join(tmpdir(), "slipway-spill-test-"));
    const stated = await openDuckDB({ memoryLimit: "256MB", tempDirectory: folder });
    expect(await setting(stated, "memory_limit")).toBe(await printed("256MB"));
    expect(await setting(stated, "temp_directory")).toBe(folder);
    stated.close();
    expect(readdirSync(folder)).toEqual([]); // a stated folder is the caller's: kept
  });
});
