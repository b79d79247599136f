/**
 * Writes the generated documentation from the sources: schema/slipway.schema.json and
 * docs/configuration.md from src/config/schema.ts, docs/actions.md from the action.yml files.
 * `--check` writes nothing and fails when a committed file is stale. Run with `npm run docs`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generatedDocs } from "./generated-docs.js";

function main(): void {
  const root = process.env.SLIPWAY_ROOT ?? process.cwd();
  const check = process.argv.includes("--check");
  const stale: string[] = [];
  for (const [path, text] of Object.entries(generatedDocs(root))) {
    const file = join(root, path);
    const current = existsSync(file) ? readFileSync(file, "utf8") : null;
    if (current === text) continue;
    stale.push(path);
    if (!check) writeFileSync(file, text);
  }
  if (check && stale.length > 0) {
    console.error(`Stale generated files: ${stale.join(", ")}. Run \`npm run docs\` and commit them.`);
    process.exitCode = 1;
  } else console.log(stale.length > 0 ? `wrote ${stale.join(", ")}` : "generated files are current");
}

main();
