/** The check `slipway run` makes before anything runs, on a real folder (repositoryFilesAt). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { assertConfigFiles } from "../../src/config/assert-config-files.js";
import type { LoadedConfig } from "../../src/config/load-config.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { ConfigError } from "../../src/errors.js";

const root = mkdtempSync(join(tmpdir(), "slipway-config-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files: Record<string, string> = {
  "data/a.csv": "x\n1\n",
  "data/parts/p1.csv": "x\n1\n",
  "data/a.schema.yaml": "fields: []\n",
  "params.yaml": "seed: 1\n",
  "serve.txt": "scikit-learn\n",
  "metrics.json": '{"accuracy": 0.9}\n',
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(join(root, file, ".."), { recursive: true });
  writeFileSync(join(root, file), text);
}
const configFile = join(root, ".github", "slipway.yml");

function loaded(yaml: string): LoadedConfig {
  const result = parseConfig(yaml, configFile);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return { config: result.config, file: configFile, root, warnings: [] };
}

const hint = `Paths are relative to the repository root (${root}, the folder that holds .github/)`;

describe("assertConfigFiles", () => {
  it("passes when every input exists (outputs a command writes may be missing)", () => {
    const config = loaded(`
data:
  - { name: a, path: data/a.csv, schema: data/a.schema.yaml }
  - { name: parts, path: "data/parts/*.csv" }
model: { metrics: [metrics.json, eval/more.json], params: [params.yaml], evaluate: python e.py }
package: { name: m, model: models/model.joblib, requirements: serve.txt }
`);
    expect(() => assertConfigFiles(config)).not.toThrow();
  });

  it("one problem: the config file, the key, the path and what to do", () => {
    const check = () =>
      assertConfigFiles(loaded("data: [{ name: a, path: data/a.csv, schema: data/missing.yaml }]"));
    expect(check).toThrow(ConfigError);
    expect(check).toThrow(
      `${configFile}: data[0].schema: "data/missing.yaml" does not exist. Fix the path, or add the file (paths start at the repository root). ${hint}; \`slipway infer-schema DATA -o SCHEMA\` drafts a missing schema.`,
    );
  });

  it("several: every input the run needs, at once, one per line", () => {
    const check = () =>
      assertConfigFiles(
        loaded(`
data: [{ name: a, path: data/x.csv, reference: data/y.csv }, { name: p, path: "data/none/*.csv" }]
model:
  params: [params.yaml, params-extra.yaml]
  baseline: { report: base.json }
  evaluate: python e.py
  metrics: [metrics.json, metrics.txt]
  predictions: { path: p.csv, task: classification, label: y, prediction: yp }
package: { name: m, framework: custom, dockerfile: Dockerfile, context: app, sample: sample.json }
`),
      );
    let message = "";
    try {
      check();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split("\n").map((line) => line.split(":")[0]!.trim())).toEqual([
      `${configFile}`,
      "data[0].path",
      "data[0].reference",
      "data[1].path",
      "model.params[1]",
      "model.baseline.report",
      "package.sample",
      "package.dockerfile",
      "package.context",
      "model.metrics[0]",
      "model.metrics[1]",
      `${hint}.`,
    ]);
    expect(message).toContain(`${configFile}: 10 problems with the files it names:`);
    expect(message).toContain(
      'model.metrics[0]: "metrics.json" gives "accuracy", which is also computed from p.csv',
    );
    expect(message).toContain('model.metrics[1]: "metrics.txt" is not a metrics format Slipway reads');
  });
});
