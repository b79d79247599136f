/**
 * Sorts the test files into three jest projects by what they reach, so `npm run test:unit` can run
 * the pure ones in seconds while `npm test` runs all:
 * - system: a real server, container builder, PostgreSQL server or the committed bundles;
 * - integration: DuckDB, PGlite, or a child process (Python, git);
 * - unit: everything else (pure code).
 * The tier is read off the import graph (relative imports followed transitively, type-only ones
 * included — they cost nothing but keep the rule simple), so a new test lands in the right tier
 * without anyone keeping a list, and a pure module that starts using DuckDB moves its tests out of
 * the unit tier by itself.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const SYSTEM = [/^probot$/, /^pg$/, /^node:http$/, /^@octokit\/webhooks-methods$/];
const INTEGRATION = [/^@duckdb\//, /^@electric-sql\/pglite/, /^node:child_process$/];
// Text in a test file that means it drives something outside the process.
const SYSTEM_TEXT =
  /\bbuildah\b|\bdist\/|run-action-step|composite-runner|private-postgres|SLIPWAY_TEST_DATABASE_URL/;

const IMPORT = /(?:from|import)\s*\(?\s*["']([^"']+)["']/g;

function resolveRelative(from, specifier) {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, ".ts"), base, `${base}.ts`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every bare module specifier reachable from `file` through relative imports. */
function reachedModules(file, seen = new Set(), modules = new Set()) {
  if (seen.has(file)) return modules;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const [, specifier] of text.matchAll(IMPORT)) {
    if (specifier.startsWith(".")) {
      const target = resolveRelative(file, specifier);
      if (target?.endsWith(".ts")) reachedModules(target, seen, modules);
    } else {
      modules.add(specifier);
    }
  }
  return modules;
}

export function tierOf(testFile) {
  const modules = [...reachedModules(testFile)];
  const reaches = (patterns) => modules.some((m) => patterns.some((p) => p.test(m)));
  if (reaches(SYSTEM) || SYSTEM_TEXT.test(readFileSync(testFile, "utf8"))) return "system";
  if (reaches(INTEGRATION)) return "integration";
  return "unit";
}

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : testFiles(path);
    return entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** { unit: [...], integration: [...], system: [...] } of absolute test paths under `root`. */
export function testTiers(root) {
  const tiers = { unit: [], integration: [], system: [] };
  for (const file of testFiles(root)) tiers[tierOf(file)].push(file);
  return tiers;
}
