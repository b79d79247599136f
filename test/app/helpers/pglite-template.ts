/**
 * Opens embedded stores fast: creating a PGlite database runs initdb (seconds), loading a dump of
 * one takes about one. The first caller makes a migrated template in the temp folder (named by the
 * PGlite version and the migrations, so a schema change makes a new one); later ones load it.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { migrations } from "../../../app/store/migrations.js";
import { openPgliteStore } from "../../../app/store/pglite-store.js";
import type { Store } from "../../../app/store/store.js";

function templatePath(): string {
  // The package's exports hide its package.json from require(); read it where npm put it.
  const manifest = join(process.cwd(), "node_modules/@electric-sql/pglite/package.json");
  const version = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version
    : "unknown";
  const hash = createHash("sha256").update(JSON.stringify(migrations)).digest("hex").slice(0, 12);
  return join(tmpdir(), `slipway-pglite-template-${version}-${hash}.tar`);
}

export async function openTestPgliteStore(): Promise<Store> {
  const path = templatePath();
  if (!existsSync(path)) {
    const pglite = await PGlite.create();
    const store = await openPgliteStore({ pglite });
    const dump = await pglite.dumpDataDir("none");
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
    await store.close();
  }
  const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(path)]) });
  return openPgliteStore({ pglite });
}
