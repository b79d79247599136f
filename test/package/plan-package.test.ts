import { describe, expect, it } from "@jest/globals";
import { packageSchema } from "../../src/config/schema.js";
import type { PackageInputs } from "../../src/package/package-inputs.js";
import { planPackage } from "../../src/package/plan-package.js";
import { SERVER_PY } from "../../src/package/serving/server-py.js";

const inputs = (pkg: Record<string, unknown>, extra: Partial<PackageInputs> = {}): PackageInputs => ({
  config: packageSchema.parse({ name: "Churn Model", model: "models/model.joblib", ...pkg }),
  configFile: "/repo/.github/slipway.yml",
  root: "/repo",
  models: [{ path: "/repo/models/model.joblib", name: "model.joblib" }],
  modelDigest: "sha256:abc",
  requirements: "scikit-learn==1.5.2\n",
  sample: null,
  schemaDigest: null,
  metrics: { accuracy: 0.9 },
  modelPassed: true,
  custom: null,
  ...extra,
});
const git = {
  sha: "0123456789abcdef",
  ref: "refs/pull/7/merge",
  repositoryUrl: null,
  description: null,
  license: null,
};
const now = new Date("2026-01-01T00:00:00Z");

describe("planPackage", () => {
  it("generates the context: Dockerfile, .dockerignore, requirements, server, model and its metadata", () => {
    const plan = planPackage(inputs({ image: "ghcr.io/acme/churn" }), { git, now });
    expect(plan.tags.references).toEqual(["ghcr.io/acme/churn:pr-7", "ghcr.io/acme/churn:sha-0123456"]);
    if (plan.context.kind !== "generated") throw new Error("expected a generated context");
    const files = Object.fromEntries(plan.context.files.map((file) => [file.path, file]));
    expect(Object.keys(files)).toEqual([
      "Dockerfile",
      ".dockerignore",
      "requirements.txt",
      "serve/server.py",
      "model/model.joblib",
      "model/slipway-metadata.json",
    ]);
    expect(files["requirements.txt"]).toEqual({ path: "requirements.txt", content: "scikit-learn==1.5.2\n" });
    expect(files["serve/server.py"]).toEqual({ path: "serve/server.py", content: SERVER_PY });
    expect(files["model/model.joblib"]).toEqual({
      path: "model/model.joblib",
      source: "/repo/models/model.joblib",
    });
    expect(JSON.parse((files["model/slipway-metadata.json"] as { content: string }).content)).toEqual({
      name: "Churn Model",
      version: "pr-7",
      framework: "sklearn",
      model_file: "model.joblib",
      model_digest: "sha256:abc",
      metrics: { accuracy: 0.9 },
      data_schema_digest: null,
      revision: "0123456789abcdef",
      source: null,
    });
    const dockerfile = (files.Dockerfile as { content: string }).content;
    expect(dockerfile).toContain("ARG BASE_IMAGE=docker.io/library/python:3.12-slim");
    expect(dockerfile).toContain("ARG BUILD_IMAGE=docker.io/library/python:3.12-slim");
  });

  it("uses the configured Python, base and build images", () => {
    const plan = planPackage(inputs({ python: "3.11", "build-image": "python:3.11" }), { git, now });
    if (plan.context.kind !== "generated") throw new Error("expected a generated context");
    const dockerfile = (plan.context.files[0] as { content: string }).content;
    expect(dockerfile).toContain("ARG BASE_IMAGE=docker.io/library/python:3.11-slim");
    expect(dockerfile).toContain("ARG BUILD_IMAGE=python:3.11");
  });

  it("names a local image after the model, and tags it dev when there is no git at all", () => {
    const plan = planPackage(inputs({}), { git: { ...git, sha: null, ref: null }, now });
    expect(plan.tags.references).toEqual(["localhost/churn-model:dev"]);
  });

  it("keeps a team's own Dockerfile and context for framework: custom", () => {
    const plan = planPackage(
      inputs(
        { framework: "custom", dockerfile: "serve/Dockerfile" },
        { models: [], custom: { dockerfile: "/repo/serve/Dockerfile", context: "/repo" } },
      ),
      { git, now },
    );
    expect(plan.context).toEqual({ kind: "custom", dir: "/repo", dockerfile: "/repo/serve/Dockerfile" });
    expect(plan.metadata).toBeNull();
    expect(plan.labels["dev.slipway.model.framework"]).toBe("custom");
  });
});
