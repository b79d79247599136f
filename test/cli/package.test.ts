/**
 * `slipway package` as a user runs it: in a git repository with a trained scikit-learn model,
 * building with buildah, smoke-testing the image and pushing it to a real registry on 127.0.0.1.
 * Each bad input the issue lists is its own test, with its exit code and message.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { runCli } from "../helpers/run-cli.js";
import {
  containerEnv,
  ensureBaseImages,
  RUNTIME_IMAGE,
  removeImages,
  skopeoInspect,
} from "../package/helpers/containers.js";
import { type ModelProject, makeModelProject } from "../package/helpers/model-project.js";
import { type Registry, startRegistry } from "../package/helpers/registry.js";

// One registry that wants a login: the happy path pushes with credentials from the environment.
const user = { username: "ci", password: "s3cret-token" };
const credentials = { SLIPWAY_REGISTRY_USERNAME: user.username, SLIPWAY_REGISTRY_PASSWORD: user.password };
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

/** A committed repository on branch main, as a team's checkout. */
function gitProject(options: Parameters<typeof makeModelProject>[0]): ModelProject & { sha: string } {
  const project = makeModelProject(options);
  const git = (...args: string[]) =>
    execFileSync(
      "git",
      ["-c", "user.name=t", "-c", "user.email=t@example.com", "-C", project.root, ...args],
      {
        encoding: "utf8",
      },
    ).trim();
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("commit", "-q", "-m", "model");
  return { ...project, sha: git("rev-parse", "HEAD") };
}

const run = (project: { root: string }, args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(["package", ...args], { cwd: project.root, env: containerEnv(env) });

const readReport = (project: { root: string }) =>
  JSON.parse(readFileSync(join(project.root, "slipway-report.json"), "utf8")) as {
    passed: boolean;
    package: Record<string, unknown> & { smoke: Record<string, unknown> | null };
  };

describe("slipway package", () => {
  it("builds, smoke-tests and pushes the model image, tagged by branch and commit; writes the report", async () => {
    const project = gitProject({ image: `${registry.host}/acme/cli-iris` });
    const result = await run(project, ["--push", "--json"], credentials);
    expect(result.stderr).not.toContain("internal error");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const short = project.sha.slice(0, 7);
    expect(report.tags).toEqual([
      `${registry.host}/acme/cli-iris:main`,
      `${registry.host}/acme/cli-iris:sha-${short}`,
    ]);
    created.push(...report.tags);
    expect(report.labels["org.opencontainers.image.revision"]).toBe(project.sha);
    expect(report.smoke).toMatchObject({ passed: true, rows: 3 });
    expect(report.pushed).toBe(true);
    const remote = skopeoInspect(`docker://${report.tags[1]}`, {
      creds: `${user.username}:${user.password}`,
    });
    expect((remote as { Digest: string }).Digest).toBe(report.digest);
    expect(result.stderr).not.toContain(user.password);
    expect(readReport(project)).toMatchObject({ passed: true, package: { digest: report.digest } });
    expect(result.stderr).toContain(
      "Smoke test passed: POST /predict with tests/sample_input.json: 3 prediction(s)",
    );

    // The same again without pushing, in the terminal's words: every layer comes from the cache.
    const text = await run(project, ["--no-smoke", "--tag", "again"]);
    expect(text.code).toBe(0);
    created.push(`${registry.host}/acme/cli-iris:again`);
    expect(text.stdout).toMatch(
      /^✓ image 127\.0\.0\.1:\d+\/acme\/cli-iris \(buildah, \d+\.\d MB, \d+ layers, built in \d+\.\d s\)\n/,
    );
    expect(text.stdout).toContain("  digest: not pushed");
    expect(text.stdout).toContain("  smoke:  not run");
    expect(text.stdout).toMatch(/dev\.slipway\.model\.name\s+iris-model/);
  }, 180_000);

  it("model file missing: exit 2, naming the file and the key", async () => {
    const project = makeModelProject({ image: "localhost/slipway-test/cli-missing" });
    rmSync(join(project.root, "models", "model.joblib"));
    const result = await run(project, []);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^slipway: models\/model\.joblib: field "package\.model": model file not found \(package\.model in \.github\/slipway\.yml;/,
    );
    expect(result.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("unknown framework: exit 2, naming the key and the frameworks there are", async () => {
    const project = makeModelProject({
      image: "localhost/slipway-test/cli-framework",
      package: { framework: "tensorflow" },
    });
    const result = await run(project, []);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("package.framework");
    expect(result.stderr).toMatch(/sklearn.*custom/);
    expect(result.stderr).not.toMatch(/ZodError|\bat \w+ \(/);
  });

  it("requirements that fail to install: exit 2, with pip's own message", async () => {
    // --no-index keeps pip from waiting on a network this machine does not have; the failure is the same.
    const project = makeModelProject({
      image: "localhost/slipway-test/cli-requirements",
      requirements: "--no-index\nscikit-learn\nno-such-package-slipway==9.9\n",
    });
    const result = await run(project, []);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'slipway: requirements-serve.txt: field "package.requirements": could not be installed (buildah, in the image\'s dependency stage):',
    );
    expect(result.stderr).toContain(
      "ERROR: Could not find a version that satisfies the requirement no-such-package-slipway==9.9",
    );
  }, 120_000);

  it("a sample the model rejects: exit 1, the server's 400 and the container's log shown, the report says failed", async () => {
    const project = makeModelProject({
      image: "localhost/slipway-test/cli-sample",
      sampleText: '{"instances": [[5.1, 3.5, 1.4]]}',
    });
    const result = await run(project, []);
    created.push("localhost/slipway-test/cli-sample:dev");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^✗ image localhost\/slipway-test\/cli-sample/);
    expect(result.stdout).toContain("✗ failed in");
    expect(result.stdout).toContain(
      "POST /predict with tests/sample_input.json: the model rejected the sample (HTTP 400): instances[0] has 3 values; the model expects 4",
    );
    expect(result.stdout).toContain("Container log (last lines):");
    expect(result.stdout).toContain("slipway-serve: 400 instances[0] has 3 values; the model expects 4");
    const report = readReport(project);
    expect(report.passed).toBe(false);
    expect(report.package.smoke).toMatchObject({ passed: false });
    expect(report.package.smoke?.log).toContain("slipway-serve: loaded");
  }, 120_000);

  it("a team's own Dockerfile (framework: custom): labelled, tagged, built and smoke-tested as it is", async () => {
    const server = [
      "import json, os",
      "from http.server import BaseHTTPRequestHandler, HTTPServer",
      "class H(BaseHTTPRequestHandler):",
      "    def answer(self, body):",
      "        data = json.dumps(body).encode()",
      "        self.send_response(200); self.send_header('Content-Length', str(len(data))); self.end_headers(); self.wfile.write(data)",
      "    def do_GET(self): self.answer({'status': 'ok'})",
      "    def do_POST(self):",
      "        rows = json.loads(self.rfile.read(int(self.headers['Content-Length'])))['instances']",
      "        self.answer({'predictions': [sum(row) for row in rows]})",
      "HTTPServer((os.environ.get('HOST', '0.0.0.0'), int(os.environ['PORT'])), H).serve_forever()",
      "",
    ].join("\n");
    const project = makeModelProject({
      image: "localhost/slipway-test/cli-custom",
      package: {
        framework: "custom",
        dockerfile: "serving/Dockerfile",
        context: "serving",
        model: undefined,
      },
      files: {
        "serving/app.py": server,
        "serving/Dockerfile": `FROM ${RUNTIME_IMAGE}\nCOPY app.py /srv/app.py\nUSER 4242\nCMD ["python3", "/srv/app.py"]\n`,
      },
    });
    const result = await run(project, ["--json"]);
    created.push("localhost/slipway-test/cli-custom:dev");
    expect(result.stderr).not.toContain("internal error");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.smoke).toMatchObject({ passed: true, rows: 3 });
    const config = skopeoInspect("containers-storage:localhost/slipway-test/cli-custom:dev", {
      config: true,
    }) as {
      config: { Labels: Record<string, string>; User: string };
    };
    expect(config.config.Labels).toMatchObject({
      "dev.slipway.model.framework": "custom",
      "dev.slipway.model.name": "iris-model",
      "org.opencontainers.image.title": "iris-model",
    });
    expect(config.config.User).toBe("4242");
  }, 120_000);

  it("no builder available: exit 2, saying which were looked for and how to install one", async () => {
    const project = makeModelProject({ image: "localhost/slipway-test/cli-nobuilder" });
    const empty = mkdtempSync(join(tmpdir(), "slipway-empty-path-"));
    const result = await run(project, [], { PATH: empty });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "slipway: no container builder found. Looked for docker (with buildx), buildah and podman:",
    );
    expect(result.stderr).toContain("  buildah: not found on PATH");
    expect(result.stderr).toContain("Install one of them:");
    expect(existsSync(join(project.root, "slipway-report.json"))).toBe(false);
  });

  it("a registry that refuses the push: exit 2 with its answer; the report keeps the build and smoke test", async () => {
    const readOnly = await startRegistry({ readOnly: true });
    try {
      const project = makeModelProject({ image: `${readOnly.host}/acme/cli-refused` });
      const result = await run(project, ["--push"]);
      created.push(`${readOnly.host}/acme/cli-refused:dev`);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `slipway: ${readOnly.host} refused the push of ${readOnly.host}/acme/cli-refused:dev (buildah push):`,
      );
      expect(result.stderr).toMatch(/read-only mode|unsupported|405|denied/i);
      expect(readReport(project).package).toMatchObject({
        pushed: false,
        digest: null,
        smoke: { passed: true },
      });
    } finally {
      await readOnly.stop();
    }
  }, 120_000);

  it("wrong registry credentials: exit 2 with the registry's answer", async () => {
    const project = makeModelProject({ image: `${registry.host}/acme/cli-auth` });
    created.push(`${registry.host}/acme/cli-auth:dev`);
    const refused = await run(project, ["--push", "--no-smoke"], {
      ...credentials,
      SLIPWAY_REGISTRY_PASSWORD: "wrong",
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `slipway: ${registry.host} refused the push of ${registry.host}/acme/cli-auth:dev`,
    );
    expect(refused.stderr).toMatch(/unauthorized: authentication required/);
    expect(refused.stderr).not.toContain("wrong");
  }, 120_000);

  it.each([
    [
      ["--builder", "kaniko"],
      {},
      'slipway: --builder: must be one of docker, buildah, podman, not "kaniko".',
    ],
    [
      [],
      { SLIPWAY_REGISTRY_USERNAME: "ci" },
      "slipway: SLIPWAY_REGISTRY_PASSWORD: is empty while the other registry credential is set",
    ],
  ])("bad usage %j: exit 2", async (args, env, message) => {
    const project = makeModelProject({ image: "localhost/slipway-test/cli-usage" });
    const result = await run(project, args, env);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(message)).toBe(true);
  });
});
