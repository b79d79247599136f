/**
 * The package-model step. The runner with a typed @actions/core fixture (inputs, outputs, summary
 * and failures as the template tests them), then the bundled dist/package-model as the runner runs
 * it: on a pull_request event, building with buildah, pushing to a registry that wants a login.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from "@jest/globals";
import { runActionStep } from "../helpers/run-action-step.js";
import {
  containerEnv,
  ensureBaseImages,
  removeImages,
  STORAGE_CONF,
  skopeoInspect,
} from "../package/helpers/containers.js";
import { makeModelProject } from "../package/helpers/model-project.js";
import { type Registry, startRegistry } from "../package/helpers/registry.js";

/** The parts of @actions/core the runner uses, recorded. */
const core = {
  inputs: {} as Record<string, string>,
  outputs: {} as Record<string, string>,
  summary: [] as string[],
  failed: [] as string[],
  secrets: [] as string[],
  reset() {
    this.inputs = {};
    this.outputs = {};
    this.summary = [];
    this.failed = [];
    this.secrets = [];
  },
};
const summary = {
  addRaw: (text: string) => {
    core.summary.push(text);
    return summary;
  },
  write: async () => summary,
};
jest.unstable_mockModule("@actions/core", () => ({
  getInput: (name: string) => core.inputs[name] ?? "",
  setOutput: (name: string, value: string) => {
    core.outputs[name] = value;
  },
  setFailed: (message: string) => {
    core.failed.push(message);
  },
  setSecret: (secret: string) => {
    core.secrets.push(secret);
  },
  info: () => {},
  warning: () => {},
  summary,
}));
const { run } = await import("../../src/actions/package-model/runner.js");

const root = join(import.meta.dirname, "..", "..");
const bundle = join(root, "dist", "package-model", "index.js");
const user = { username: "ci-bot", password: "ghs_not-a-real-token" };
let registry: Registry;
const created: string[] = [];
const savedEnv = { ...process.env };

beforeAll(async () => {
  ensureBaseImages();
  registry = await startRegistry({ user });
}, 300_000);

afterAll(async () => {
  process.env = savedEnv;
  await registry?.stop();
  removeImages(created);
});

beforeEach(() => core.reset());

describe("package-model runner", () => {
  it.each([
    [{ push: "yes" }, 'push: must be "true" or "false", not "yes".'],
    [
      { builder: "kaniko" },
      'builder: must be empty (detect) or one of docker, buildah, podman, not "kaniko".',
    ],
  ])("fails the step on a bad input %j, with one line", async (inputs, message) => {
    core.inputs = inputs;
    await run();
    expect(core.failed).toEqual([message]);
    expect(core.outputs).toEqual({});
  });

  it("builds and smoke-tests without pushing: outputs, job summary and report", async () => {
    const project = makeModelProject({ image: "localhost/slipway-test/action-runner" });
    process.env = { ...savedEnv, ...containerEnv(), GITHUB_WORKSPACE: project.root, GITHUB_ACTIONS: "" };
    delete process.env.SLIPWAY_REGISTRY_USERNAME;
    delete process.env.SLIPWAY_REGISTRY_PASSWORD;
    core.inputs = { push: "false", "report-path": "out/slipway-report.json", tags: "candidate" };
    try {
      await run();
    } finally {
      process.env = { ...savedEnv };
    }
    created.push("localhost/slipway-test/action-runner:candidate");
    expect(core.failed).toEqual([]);
    expect(core.outputs).toEqual({
      image: "localhost/slipway-test/action-runner",
      digest: "",
      tags: "localhost/slipway-test/action-runner:candidate",
      size: expect.stringMatching(/^\d{9}$/),
      "report-path": join(project.root, "out", "slipway-report.json"),
    });
    expect(core.summary.join("")).toContain("#### ✅ Image: localhost/slipway-test/action-runner");
    const report = JSON.parse(readFileSync(join(project.root, "out", "slipway-report.json"), "utf8"));
    expect(report.package).toMatchObject({
      pushed: false,
      smoke: { passed: true },
      size_bytes: Number(core.outputs.size),
    });
  }, 120_000);
});

describe("package-model action (the bundled step, as the runner runs it)", () => {
  it("on a pull request: builds, smoke-tests, pushes pr-N and sha tags with the job's credentials", async () => {
    const project = makeModelProject({ image: `${registry.host}/acme/action-iris` });
    const examples = createRequire(import.meta.url)("@octokit/webhooks-examples") as {
      name: string;
      examples: Record<string, unknown>[];
    }[];
    const event = examples.find((e) => e.name === "pull_request")!.examples[0]!;
    const eventPath = join(mkdtempSync(join(tmpdir(), "slipway-event-")), "event.json");
    writeFileSync(eventPath, JSON.stringify(event));
    const sha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

    const step = runActionStep(
      bundle,
      {
        config: ".github/slipway.yml",
        builder: "buildah",
        push: "true",
        tags: "candidate",
        "report-path": "slipway-report.json",
      },
      {
        GITHUB_WORKSPACE: project.root,
        GITHUB_ACTIONS: "true",
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_SHA: sha,
        GITHUB_REF: "refs/pull/2/merge",
        GITHUB_REPOSITORY: "Codertocat/Hello-World",
        GITHUB_RUN_ID: "77",
        GITHUB_WORKFLOW: "ml",
        CONTAINERS_STORAGE_CONF: STORAGE_CONF,
        SLIPWAY_REGISTRY_USERNAME: user.username,
        SLIPWAY_REGISTRY_PASSWORD: user.password,
      },
    );
    const image = `${registry.host}/acme/action-iris`;
    created.push(`${image}:pr-2`, `${image}:candidate`, `${image}:sha-ec26c3e`);
    expect(step.stderr).toBe("");
    expect(step.status).toBe(0);
    expect(step.outputs.image).toBe(image);
    expect(step.outputs.tags?.split("\n")).toEqual([
      `${image}:pr-2`,
      `${image}:candidate`,
      `${image}:sha-ec26c3e`,
    ]);
    expect(step.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Number(step.outputs.size)).toBeGreaterThan(100_000_000);

    const remote = skopeoInspect(`docker://${image}:pr-2`, {
      creds: `${user.username}:${user.password}`,
    }) as {
      Digest: string;
      Labels: Record<string, string>;
    };
    expect(remote.Digest).toBe(step.outputs.digest);
    expect(remote.Labels).toMatchObject({
      "org.opencontainers.image.revision": sha,
      "org.opencontainers.image.version": "pr-2",
      "org.opencontainers.image.source": "https://github.com/Codertocat/Hello-World",
      "dev.slipway.model.name": "iris-model",
    });

    // The token is masked in the log and appears nowhere else.
    expect(step.stdout).toContain(`::add-mask::${user.password}`);
    expect(step.stdout.split(`::add-mask::${user.password}`).join("")).not.toContain(user.password);

    expect(step.summary).toContain(`#### ✅ Image: ${image.replace(/[:]/g, "&#58;")}`);
    expect(step.summary).toContain("✅ passed in");
    const report = JSON.parse(readFileSync(join(project.root, "slipway-report.json"), "utf8"));
    expect(report).toMatchObject({
      commit: sha,
      ref: "refs/pull/2/merge",
      run: { id: 77, workflow: "ml" },
      passed: true,
      package: { digest: step.outputs.digest, pushed: true },
    });
  }, 240_000);
});
