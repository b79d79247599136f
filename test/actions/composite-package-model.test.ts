/**
 * actions/package-model run as a composite, with a real builder: buildah builds the model's image,
 * the smoke test runs it, and it is pushed to a real registry (Debian's docker-registry with a
 * login) — the registry credentials reaching the bundled step only through the action's env:.
 * No stub: with the base images cached, the build, smoke test and push take about half a minute here.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { cacheStore, standardStandIns } from "../helpers/composite/stand-ins.js";
import { runCompositeAction } from "../helpers/composite-runner.js";
import {
  ensureBaseImages,
  removeImages,
  STORAGE_CONF,
  skopeoInspect,
} from "../package/helpers/containers.js";
import { makeModelProject } from "../package/helpers/model-project.js";
import { type Registry, startRegistry } from "../package/helpers/registry.js";

const action = join(import.meta.dirname, "..", "..", "actions", "package-model");
const user = { username: "ci-bot", password: "ghs_registry_token" };
const standIns = standardStandIns({
  cache: cacheStore(),
  artifacts: mkdtempSync(join(tmpdir(), "slipway-artifacts-")),
});
let registry: Registry;
const created: string[] = [];

beforeAll(async () => {
  ensureBaseImages();
  registry = await startRegistry({ user });
}, 300_000);
afterAll(async () => {
  await registry?.stop();
  removeImages(created);
});

describe("actions/package-model as a composite", () => {
  it("on a pull request: builds with buildah, smoke-tests, pushes with the inputs' credentials", async () => {
    const image = `${registry.host}/acme/composite-iris`;
    const project = makeModelProject({ image });
    const examples = createRequire(import.meta.url)("@octokit/webhooks-examples") as {
      name: string;
      examples: Record<string, unknown>[];
    }[];
    const event = examples.find((e) => e.name === "pull_request")!.examples[0]! as {
      number: number;
      repository: { full_name: string };
    };
    const eventPath = join(mkdtempSync(join(tmpdir(), "slipway-event-")), "event.json");
    writeFileSync(eventPath, JSON.stringify(event));
    const sha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

    const run = await runCompositeAction({
      action,
      workspace: project.root,
      inputs: {
        builder: "buildah",
        push: "true",
        tags: "candidate",
        "registry-username": user.username,
        "registry-password": user.password,
      },
      standIns,
      env: { CONTAINERS_STORAGE_CONF: STORAGE_CONF, BUILDAH_ISOLATION: "chroot" },
      github: {
        event_name: "pull_request",
        event_path: eventPath,
        sha,
        ref: `refs/pull/${event.number}/merge`,
        repository: event.repository.full_name,
        run_id: "77",
      },
    });
    const tags = [`${image}:pr-${event.number}`, `${image}:candidate`, `${image}:sha-${sha.slice(0, 7)}`];
    created.push(...tags);
    expect(run.steps.map((s) => [s.id, s.outcome])).toEqual([["package", "success"]]);
    expect(run.passed).toBe(true);
    expect(run.outputs).toEqual({
      image,
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      tags: tags.join("\n"),
      size: expect.stringMatching(/^\d+$/),
      "report-path": join(project.root, "slipway-report.json"),
    });
    // The password came in as an input, went out through env:, and was masked.
    expect(run.steps[0]!.env!.SLIPWAY_REGISTRY_PASSWORD).toBe(user.password);
    expect(run.log).not.toContain(user.password);
    const remote = skopeoInspect(`docker://${tags[0]}`, { creds: `${user.username}:${user.password}` }) as {
      Digest: string;
      Labels: Record<string, string>;
    };
    expect(remote.Digest).toBe(run.outputs.digest);
    expect(remote.Labels["org.opencontainers.image.revision"]).toBe(sha);
    const report = JSON.parse(readFileSync(run.outputs["report-path"]!, "utf8"));
    expect(report).toMatchObject({
      commit: sha,
      passed: true,
      package: { pushed: true, smoke: { passed: true } },
    });
    expect(run.summary).toContain("✅ passed in");
  }, 300_000);
});
