import { describe, expect, it } from "@jest/globals";
import { NO_GIT_FACTS } from "../../src/package/git-facts.js";
import { type ImageLabelsInput, imageLabels } from "../../src/package/image-labels.js";

const base: ImageLabelsInput = {
  name: "churn-model",
  framework: "sklearn",
  git: {
    sha: "0123456789abcdef0123456789abcdef01234567",
    ref: "refs/heads/main",
    repositoryUrl: "https://github.com/acme/churn",
    description: "Churn model",
    license: "Apache-2.0",
  },
  version: "main",
  now: new Date("2026-01-02T03:04:05.000Z"),
  modelDigest: "sha256:aa",
  metrics: { f1_macro: 0.81, "recall[region=eu]": 0.7, accuracy: 0.9 },
  modelPassed: true,
  schemaDigest: "sha256:bb",
  extra: {},
};

describe("imageLabels", () => {
  it("sets the OCI labels as docker/metadata-action does, then Slipway's evidence, sorted by key", () => {
    const labels = imageLabels(base);
    expect(Object.keys(labels)).toEqual([...Object.keys(labels)].sort());
    expect(labels).toEqual({
      "dev.slipway.data.schema-digest": "sha256:bb",
      "dev.slipway.model.digest": "sha256:aa",
      "dev.slipway.model.framework": "sklearn",
      "dev.slipway.model.metrics": '{"accuracy":0.9,"f1_macro":0.81,"recall[region=eu]":0.7}',
      "dev.slipway.model.name": "churn-model",
      "dev.slipway.model.passed": "true",
      "dev.slipway.model.version": "main",
      "org.opencontainers.image.created": "2026-01-02T03:04:05.000Z",
      "org.opencontainers.image.description": "Churn model",
      "org.opencontainers.image.licenses": "Apache-2.0",
      "org.opencontainers.image.revision": "0123456789abcdef0123456789abcdef01234567",
      "org.opencontainers.image.source": "https://github.com/acme/churn",
      "org.opencontainers.image.title": "churn-model",
      "org.opencontainers.image.url": "https://github.com/acme/churn",
      "org.opencontainers.image.version": "main",
    });
  });

  it("keeps the eight OCI labels, empty, when nothing is known, and leaves out evidence it does not have", () => {
    const labels = imageLabels({
      ...base,
      git: NO_GIT_FACTS,
      version: null,
      modelDigest: null,
      metrics: null,
      modelPassed: null,
      schemaDigest: null,
    });
    expect(labels).toEqual({
      "dev.slipway.model.framework": "sklearn",
      "dev.slipway.model.name": "churn-model",
      "dev.slipway.model.version": "",
      "org.opencontainers.image.created": "2026-01-02T03:04:05.000Z",
      "org.opencontainers.image.description": "",
      "org.opencontainers.image.licenses": "",
      "org.opencontainers.image.revision": "",
      "org.opencontainers.image.source": "",
      "org.opencontainers.image.title": "churn-model",
      "org.opencontainers.image.url": "",
      "org.opencontainers.image.version": "",
    });
  });

  it("lets the config's labels win", () => {
    const labels = imageLabels({
      ...base,
      extra: { "org.opencontainers.image.licenses": "Proprietary", "com.acme.team": "risk" },
    });
    expect(labels["org.opencontainers.image.licenses"]).toBe("Proprietary");
    expect(labels["com.acme.team"]).toBe("risk");
  });
});
