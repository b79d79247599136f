/**
 * The store the running app uses, chosen by the environment: DATABASE_URL selects a PostgreSQL
 * server (several replicas); otherwise the embedded store in SLIPWAY_DATA_DIR (default
 * `.slipway-data`, one process).
 */
import { resolve } from "node:path";
import { openPgStore } from "./pg-store.js";
import { openPgliteStore } from "./pglite-store.js";
import type { Store } from "./store.js";

export const DEFAULT_DATA_DIR = ".slipway-data";

export async function openStore(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ store: Store; description: string }> {
  if (env.DATABASE_URL) {
    const store = await openPgStore({ connectionString: env.DATABASE_URL });
    return { store, description: `PostgreSQL at ${redact(env.DATABASE_URL)}` };
  }
  const dataDir = resolve(env.SLIPWAY_DATA_DIR || DEFAULT_DATA_DIR);
  const store = await openPgliteStore({ dataDir });
  return { store, description: `embedded PostgreSQL (PGlite) in ${dataDir}` };
}

/** The URL without its password, for the log. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(an unparsable DATABASE_URL)";
  }
}
