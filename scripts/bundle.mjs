// Builds one ncc bundle per JavaScript step (src/actions/<step>/run.ts → dist/<step>/index.js) and
// the CLI (src/cli/index.ts → dist/cli/index.js, with a chunk per lazily loaded command module). `--check` builds into a temporary folder and fails
// when the committed dist/ differs, as the actions/typescript-action template's check-dist does.
// DuckDB stays external: its native engine is installed at run time (see src/data/duckdb.ts).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const check = process.argv.includes("--check");
// `node scripts/bundle.mjs validate-data cli` rebuilds only those bundles.
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const root = new URL("..", import.meta.url).pathname;
const outRoot = check ? mkdtempSync(join(tmpdir(), "slipway-dist-")) : join(root, "dist");
const externals = ["@duckdb/node-api", "@duckdb/node-bindings"];

const entries = [{ name: "cli", entry: "src/cli/index.ts" }];
const actionsDir = join(root, "src/actions");
if (existsSync(actionsDir)) {
  for (const step of readdirSync(actionsDir).sort()) {
    const entry = join("src/actions", step, "run.ts");
    if (existsSync(join(root, entry))) entries.push({ name: step, entry });
  }
}

for (const { name, entry } of entries) {
  if (only.length > 0 && !only.includes(name)) continue;
  const out = join(outRoot, name);
  if (!check) rmSync(out, { recursive: true, force: true });
  const args = [
    "ncc",
    "build",
    entry,
    "-o",
    out,
    "--no-source-map-register",
    "--quiet",
    "--target",
    "es2022",
  ];
  for (const external of externals) args.push("-e", external);
  execFileSync("npx", args, { cwd: root, stdio: "inherit" });
}

if (check) {
  const built = listFiles(outRoot);
  const committed = existsSync(join(root, "dist")) ? listFiles(join(root, "dist")) : [];
  // A folder in dist/ with no source entry is stale too.
  const differ = [];
  for (const file of new Set([...built, ...committed])) {
    const a = join(outRoot, file);
    const b = join(root, "dist", file);
    if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))) differ.push(file);
  }
  rmSync(outRoot, { recursive: true, force: true });
  if (differ.length > 0) {
    console.error(
      `dist/ is not what the sources build; run \`npm run bundle\` and commit dist/. Differs: ${differ.join(", ")}`,
    );
    process.exit(1);
  }
  console.log(`dist/ is current (${built.length} files).`);
}

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}
