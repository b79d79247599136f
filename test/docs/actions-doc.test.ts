/**
 * docs/actions.md is generated from the action.yml files (`npm run docs`): it must be current, and
 * read back it must give each action's inputs (required, default) and outputs as its action.yml does.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { readActions, renderActionsReference } from "../../scripts/docs/render-actions-reference.js";
import { docSections, unquote } from "./markdown-tables.js";

const root = join(import.meta.dirname, "..", "..");
const committed = readFileSync(join(root, "docs", "actions.md"), "utf8");

/** Every action.yml of the repository, read here directly rather than through the renderer's reader. */
const actionFiles = [
  ...(existsSync(join(root, "action.yml")) ? [{ uses: "slipway-dev/slipway@v1", file: "action.yml" }] : []),
  ...readdirSync(join(root, "actions"))
    .filter((name) => existsSync(join(root, "actions", name, "action.yml")))
    .map((name) => ({ uses: `slipway-dev/slipway/actions/${name}@v1`, file: `actions/${name}/action.yml` })),
];

interface ActionYml {
  name: string;
  inputs?: Record<string, { required?: boolean; default?: unknown; description?: string }>;
  outputs?: Record<string, { description?: string }>;
}

describe("docs/actions.md", () => {
  it("is what `npm run docs` generates from the action.yml files", () => {
    expect(committed).toBe(renderActionsReference(readActions(root)));
  });

  const sections = docSections(committed);

  it("documents every action of the repository, once", () => {
    const documented = sections.flatMap((s) =>
      s.lines.filter((line) => line.startsWith("- uses: ")).map((line) => line.slice("- uses: ".length)),
    );
    expect([...documented].sort()).toEqual(actionFiles.map((a) => a.uses).sort());
  });

  it.each(actionFiles.map((a) => [a.file, a.uses]))(
    "%s: inputs, defaults, required and outputs as in the file",
    (file, uses) => {
      const action = parse(readFileSync(join(root, file), "utf8")) as ActionYml;
      const section = sections.find((s) => s.lines.includes(`- uses: ${uses}`))!;
      expect(section.heading).toBe(action.name);
      const inputs = Object.entries(action.inputs ?? {});
      const outputs = Object.entries(action.outputs ?? {});
      const rows = section.rows;
      expect(
        rows.filter((row) => row.length === 4).map(([name, req, def]) => [unquote(name!), req, def]),
      ).toEqual(
        inputs.map(([name, input]) => [
          name,
          input.required === true ? "yes" : "no",
          input.default === undefined || input.default === "" ? "—" : `\`${String(input.default)}\``,
        ]),
      );
      expect(rows.filter((row) => row.length === 2).map(([name]) => unquote(name!))).toEqual(
        outputs.map(([name]) => name),
      );
      // The usage example names every required input.
      const required = inputs
        .filter(([, input]) => input.required === true)
        .map(([name]) => `    ${name}: …`);
      expect(section.lines).toEqual(expect.arrayContaining(required));
    },
  );
});
