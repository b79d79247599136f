#!/usr/bin/env node
// Installs DuckDB's engine (the version pinned in Slipway's package.json) for this runner's OS and
// arch into the runner's tool cache, and points the bundled steps at it with SLIPWAY_DUCKDB_PREFIX.
// The engine is native and ~70 MB a platform, so dist/ never contains it (see DESIGN.md).
//   --plan     print version= and prefix= to $GITHUB_OUTPUT (for the actions/cache key and path)
//   (default)  install when not there yet, then export SLIPWAY_DUCKDB_PREFIX through $GITHUB_ENV
// Plain Node with no dependencies: it runs before anything is installed.
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, "..", "..", "package.json"), "utf8"));
const version = manifest.dependencies["@duckdb/node-api"];
const toolCache =
  process.env.RUNNER_TOOL_CACHE || process.env.SLIPWAY_TOOL_CACHE || join(tmpdir(), "slipway-tool-cache");
const prefix = join(toolCache, "slipway-duckdb", `${version}-${process.platform}-${process.arch}`);

function output(file, lines) {
  if (file) appendFileSync(file, `${lines.join("\n")}\n`);
  else console.log(lines.join("\n"));
}

if (process.argv.includes("--plan")) {
  output(process.env.GITHUB_OUTPUT, [`version=${version}`, `prefix=${prefix}`]);
  process.exit(0);
}

const installed = join(prefix, "node_modules", "@duckdb", "node-api", "package.json");
const have = existsSync(installed) ? JSON.parse(readFileSync(installed, "utf8")).version : null;
if (have === version) {
  console.log(`DuckDB engine ${version} already in ${prefix}`);
} else {
  console.log(`Installing DuckDB engine ${version} for ${process.platform}-${process.arch} into ${prefix}`);
  mkdirSync(prefix, { recursive: true });
  writeFileSync(
    join(prefix, "package.json"),
    `${JSON.stringify({ name: "slipway-duckdb-engine", private: true })}\n`,
  );
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  try {
    execFileSync(
      npm,
      ["install", "--no-audit", "--no-fund", "--omit=dev", "--prefer-offline", `@duckdb/node-api@${version}`],
      {
        cwd: prefix,
        stdio: "inherit",
        shell: process.platform === "win32",
      },
    );
  } catch {
    console.error(
      `::error::Could not install the DuckDB engine ${version} with npm into ${prefix}. Slipway's data steps need it; check the runner's access to the npm registry.`,
    );
    process.exit(2);
  }
}
output(process.env.GITHUB_ENV, [`SLIPWAY_DUCKDB_PREFIX=${prefix}`]);
