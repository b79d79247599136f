/**
 * docs/frictionless-conformance.md is generated from the conformance table the conformance test runs
 * (`npm run docs`): it must be current, one row per case.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { renderConformance } from "../../scripts/docs/render-conformance.js";
import { CONFORMANCE_CASES } from "../data/frictionless/conformance-cases.js";

const root = join(import.meta.dirname, "..", "..");
const committed = readFileSync(join(root, "docs", "frictionless-conformance.md"), "utf8");

describe("docs/frictionless-conformance.md", () => {
  it("is what `npm run docs` generates from the conformance table", () => {
    expect(committed).toBe(renderConformance());
  });

  it("has one row per conformance case, naming its fixture", () => {
    const rows = committed.split("\n").filter((line) => /^\| `[a-z0-9-]+` \|/.test(line));
    expect(rows.map((row) => row.split(" | ")[0]!.slice(3, -1))).toEqual(CONFORMANCE_CASES.map((c) => c.id));
    for (const c of CONFORMANCE_CASES) expect(committed).toContain(`\`${c.data}\``);
  });
});
