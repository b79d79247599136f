/**
 * The whole packaging path on real tools: buildah builds the generated image from the Python base
 * image the set-up made, the smoke test runs it (buildah run, chroot), and it is pushed to a real
 * registry on 127.0.0.1 and inspected there with skopeo. One image is built and shared by the
 * tests; the rebuild test builds once more with new weights.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { loadConfig } from "../../src/config/load-config.js";
import { buildahBuilder } from "../../src/package/builders/buildah.js";
import type { GitFacts } from "../../src/package/git-facts.js";
import { type PackageOutcome, packageModel } from "../../src/package/package-model.js";
import type { Report } from "../../src/report/types.js";
import { runReferencePython } from "../helpers/reference-python.js";
import {
  BUILD_IMAGE,
  buildah,
  containerEnv,
  ensureBaseImages,
  removeImages,
  skopeoInspect,
} from "./helpers/containers.js";
import { type ModelProject, makeModelProject } from "./helpers/model-project.js";
import { type Registry, startRegistry } from "./helpers/registry.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const git: GitFacts = {
  sha: SHA,
  ref: "refs/heads/main",
  repositoryUrl: "https://github.com/acme/iris",
  description: "Iris species from flower measurements",
  license: "MIT",
};
const NOW = new Date("2026-03-01T12:00:00.000Z");
const previous: Report = {
  schema: "slipway/report@1",
  commit: SHA,
  ref: "refs/heads/main",
  repository: "acme/iris",
  run: null,
  passed: true,
  data: [],
  model: {
    passed: true,
    tests: { passed: 3, failed: 0, skipped: 0, failures: [] },
    metrics: { accuracy: 0.973, f1_macro: 0.9733 },
    baseline: null,
    baseline_ref: null,
    rules: [],
    params: {},
    params_baseline: {},
  },
  package: null,
};

let registry: Registry;
let project: ModelProject;
let outcome: PackageOutcome;
const builder = buildahBuilder({ env: containerEnv() });
const created: string[] = [];

beforeAll(async () => {
  ensureBaseImages();
  registry = await startRegistry();
  project = makeModelProject({
    image: `${registry.host}/acme/iris-model`,
    files: { "data/train.schema.yaml": "fields:\n  - { name: sepal_length, type: number }\n" },
    // Quotes, a backslash and a $ must reach the image as written.
    package: { labels: { "com.acme.note": 'costs $5 "net" \\ gross' } },
  });
  // A dataset with a schema, whose digest the image carries.
  const configPath = join(project.root, ".github", "slipway.yml");
  const config = readFileSync(configPath, "utf8");
  execFileSync("sh", [
    "-c",
    `printf 'data:\\n  - { name: train, path: data/train.csv, schema: data/train.schema.yaml }\\n' >> "${configPath}"`,
  ]);
  expect(readFileSync(configPath, "utf8").length).toBeGreaterThan(config.length);
  outcome = await packageModel({
    loaded: loadConfig({ cwd: project.root }),
    builder,
    git,
    now: NOW,
    previous,
    push: true,
  });
  created.push(...outcome.report.tags);
}, 300_000);

afterAll(async () => {
  await registry?.stop();
  removeImages(created);
});

describe("packageModel with buildah and a real registry", () => {
  it("tags as docker/metadata-action does and pushes every tag; the registry holds the reported digest", () => {
    expect(outcome.report.tags).toEqual([
      `${registry.host}/acme/iris-model:main`,
      `${registry.host}/acme/iris-model:sha-0123456`,
    ]);
    expect(outcome.report.pushed).toBe(true);
    expect(outcome.report.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const tag of outcome.report.tags) {
      const remote = skopeoInspect(`docker://${tag}`) as { Digest: string };
      expect(remote.Digest).toBe(outcome.report.digest);
    }
  });

  it("labels the pushed image with the OCI labels and Slipway's evidence", () => {
    const config = skopeoInspect(`docker://${outcome.report.tags[0]}`, { config: true }) as {
      config: { Labels: Record<string, string>; User: string };
    };
    const schemaSha = execFileSync("sha256sum", [join(project.root, "data/train.schema.yaml")], {
      encoding: "utf8",
    }).split(" ")[0];
    const modelSha = execFileSync("sha256sum", [join(project.root, "models/model.joblib")], {
      encoding: "utf8",
    }).split(" ")[0];
    expect(config.config.Labels).toMatchObject(outcome.report.labels);
    expect(outcome.report.labels).toEqual({
      "com.acme.note": 'costs $5 "net" \\ gross',
      "dev.slipway.data.schema-digest": `sha256:${schemaSha}`,
      "dev.slipway.model.digest": `sha256:${modelSha}`,
      "dev.slipway.model.framework": "sklearn",
      "dev.slipway.model.metrics": '{"accuracy":0.973,"f1_macro":0.9733}',
      "dev.slipway.model.name": "iris-model",
      "dev.slipway.model.passed": "true",
      "dev.slipway.model.version": "main",
      "org.opencontainers.image.created": "2026-03-01T12:00:00.000Z",
      "org.opencontainers.image.description": "Iris species from flower measurements",
      "org.opencontainers.image.licenses": "MIT",
      "org.opencontainers.image.revision": SHA,
      "org.opencontainers.image.source": "https://github.com/acme/iris",
      "org.opencontainers.image.title": "iris-model",
      "org.opencontainers.image.url": "https://github.com/acme/iris",
      "org.opencontainers.image.version": "main",
    });
    expect(config.config.User).toBe("10001:10001");
  });

  it("reports the size as the sum of its layers, and the weights are the last layer", () => {
    const layers = outcome.report.layers ?? [];
    expect(outcome.report.size_bytes).toBe(layers.reduce((sum, layer) => sum + layer.size_bytes, 0));
    expect(outcome.report.size_bytes).toBeGreaterThan(100_000_000); // Python + scikit-learn
    const order = layers.map((layer) => layer.created_by);
    expect(order.at(-1)).toMatch(/^COPY .* in \/opt\/slipway\/model\/$/);
    expect(order.at(-2)).toMatch(/^COPY .* in \/opt\/slipway\/serve\/$/);
    expect(order.at(-3)).toMatch(/^COPY .* in \/opt\/slipway\/deps$/);
    // The weights layer is about the model's size, not the image's.
    const model = readFileSync(join(project.root, "models/model.joblib")).length;
    expect(layers.at(-1)!.size_bytes).toBeLessThan(model + 16_384);
  });

  it("passes its smoke test and records the latency", () => {
    expect(outcome.smoke).toMatchObject({ passed: true, rows: 3 });
    expect(outcome.report.smoke).toMatchObject({ passed: true, rows: 3 });
    expect(outcome.report.smoke!.latency_ms).toBeGreaterThan(0);
    expect(outcome.report.smoke!.log).toBeUndefined();
    expect(outcome.smoke!.log).toContain("POST /predict");
  });

  it("serves scikit-learn's own predictions, and its metadata", async () => {
    const container = await builder.start(outcome.report.tags[0]!, {
      port: await import("../../src/package/smoke-test.js").then((m) => m.freePort()),
    });
    try {
      for (let i = 0; i < 100; i++) {
        if ((await fetch(`${container.url}/health`).catch(() => null))?.status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const answer = (await (
        await fetch(`${container.url}/predict`, {
          method: "POST",
          body: JSON.stringify({ instances: project.sample }),
        })
      ).json()) as { predictions: number[]; probabilities: number[][]; classes: number[] };
      expect(answer.predictions).toEqual(project.expected.predictions);
      for (const [i, row] of answer.probabilities.entries()) {
        for (const [j, p] of row.entries()) expect(p).toBeCloseTo(project.expected.probabilities[i]![j]!, 12);
      }
      expect(answer.classes).toEqual([0, 1, 2]);
      const metadata = (await (await fetch(`${container.url}/metadata`)).json()) as Record<string, unknown>;
      expect(metadata).toMatchObject({
        name: "iris-model",
        version: "main",
        framework: "sklearn",
        model_file: "model.joblib",
        model_digest: outcome.report.labels["dev.slipway.model.digest"],
        metrics: { accuracy: 0.973, f1_macro: 0.9733 },
        data_schema_digest: outcome.report.labels["dev.slipway.data.schema-digest"],
        revision: SHA,
        estimator: "LogisticRegression",
        n_features: 4,
        features: null,
      });
      const bad = await fetch(`${container.url}/predict`, {
        method: "POST",
        body: '{"instances": [[1, 2]]}',
      });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toBe(
        "instances[0] has 2 values; the model expects 4",
      );
    } finally {
      await container.stop();
    }
  });

  it("has no compiler and no pip in the final image (the build image has them, so the check can fail)", () => {
    const probe = "for c in gcc cc g++ c++ as ld pip pip3; do command -v $c; done; true";
    const inImage = (image: string) => {
      const ctr = buildah(["from", "--pull=never", image]).trim();
      try {
        return buildah(["run", "--isolation", "chroot", ctr, "--", "sh", "-c", probe]).trim();
      } finally {
        buildah(["rm", ctr]);
      }
    };
    expect(inImage(outcome.report.tags[0]!)).toBe("");
    expect(inImage(BUILD_IMAGE)).toContain("/usr/bin/gcc");
  });

  it("rebuilds only the weights layer when only the weights changed", async () => {
    const diffIds = (reference: string) =>
      (
        JSON.parse(buildah(["inspect", "--type", "image", reference])) as {
          OCIv1: { rootfs: { diff_ids: string[] } };
        }
      ).OCIv1.rootfs.diff_ids;
    // The first build's image, by ID: the rebuild moves the :main tag.
    const before = diffIds(outcome.image.id);
    runReferencePython(
      "import sys, joblib\nfrom sklearn.datasets import load_iris\nfrom sklearn.linear_model import LogisticRegression\nX, y = load_iris(return_X_y=True)\njoblib.dump(LogisticRegression(C=0.05, max_iter=1000).fit(X, y), sys.argv[1])\nprint('{}')",
      [join(project.root, "models", "model.joblib")],
    );
    const again = await packageModel({
      loaded: loadConfig({ cwd: project.root }),
      builder,
      git,
      now: NOW,
      previous,
      push: false,
      smoke: false,
      extraTags: ["retrained"],
    });
    created.push(...again.report.tags);
    const after = diffIds(again.report.tags.find((tag) => tag.endsWith(":retrained"))!);
    expect(after).toHaveLength(before.length);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)).not.toBe(before.at(-1));
    // And the new layer holds the new weights (a builder that trusted its cache would not).
    const ctr = buildah(["from", "--pull=never", again.image.id]).trim();
    try {
      const inImage = buildah([
        "run",
        "--isolation",
        "chroot",
        ctr,
        "--",
        "sha256sum",
        "/opt/slipway/model/model.joblib",
      ]);
      const onDisk = execFileSync("sha256sum", [join(project.root, "models/model.joblib")], {
        encoding: "utf8",
      });
      expect(inImage.split(" ")[0]).toBe(onDisk.split(" ")[0]);
    } finally {
      buildah(["rm", ctr]);
    }
    expect(again.report.labels["dev.slipway.model.digest"]).not.toBe(
      outcome.report.labels["dev.slipway.model.digest"],
    );
  }, 120_000);
});
