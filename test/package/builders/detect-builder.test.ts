/**
 * Builder detection against real PATHs: an empty one, one holding only this machine's docker CLI
 * (no engine, no buildx here), and the machine's own (buildah installed by .ci/setup-containers).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { detectBuilder, findExecutable } from "../../../src/package/builders/detect-builder.js";
import { PackageError } from "../../../src/package/errors.js";

async function failure(promise: Promise<unknown>): Promise<PackageError> {
  try {
    await promise;
  } catch (error) {
    return error as PackageError;
  }
  throw new Error("expected detection to fail");
}

const emptyDir = () => mkdtempSync(join(tmpdir(), "slipway-path-"));

describe("detectBuilder", () => {
  it("with no builder on PATH, says which were looked for and how to install one", async () => {
    const path = emptyDir();
    const error = await failure(detectBuilder({ env: { PATH: path } }));
    expect(error).toBeInstanceOf(PackageError);
    expect(error.reason).toBe("no-builder");
    expect(error.exitCode).toBe(2);
    expect(error.message.split("\n").slice(0, 4)).toEqual([
      "no container builder found. Looked for docker (with buildx), buildah and podman:",
      "  docker: not found on PATH",
      "  buildah: not found on PATH",
      "  podman: not found on PATH",
    ]);
    expect(error.message).toContain(`(PATH=${path})`);
    expect(error.message).toContain("sudo apt-get install buildah");
    expect(error.message).toContain("https://docs.docker.com/engine/install/");
  });

  const docker = findExecutable("docker", process.env.PATH ?? "");
  const engine = docker ? spawnSync(docker, ["info"], { stdio: "ignore" }).status === 0 : false;
  // The docker CLI without an engine is what this machine (and many CI containers) has.
  (docker && !engine ? it : it.skip)(
    "does not take a docker CLI that has no engine or no buildx (skipped where docker is absent or works)",
    async () => {
      const path = emptyDir();
      symlinkSync(docker!, join(path, "docker"));
      const error = await failure(detectBuilder({ env: { PATH: path } }));
      expect(error.message).toMatch(
        /\n {2}docker: on PATH, but (the buildx plugin is missing|no Docker engine answers)/,
      );
    },
  );

  it("--builder names the only one to try", async () => {
    const error = await failure(detectBuilder({ env: { PATH: emptyDir() }, force: "podman" }));
    expect(error.message.split("\n").slice(0, 2)).toEqual([
      "the builder asked for (--builder podman) cannot be used:",
      "  podman: not found on PATH",
    ]);
  });

  it("picks buildah from this machine's PATH when docker cannot build here", async () => {
    expect((await detectBuilder({ env: { PATH: process.env.PATH }, force: "buildah" })).name).toBe("buildah");
    const picked = await detectBuilder({ env: { PATH: process.env.PATH } });
    expect(picked.name).toBe(engine ? "docker" : "buildah");
  });
});

describe("findExecutable", () => {
  it("finds an executable file on PATH and ignores folders and missing entries", () => {
    const sh = findExecutable("sh", "/nonexistent:/usr/bin:/bin");
    expect(sh).toMatch(/\/sh$/);
    expect(findExecutable("usr", "/")).toBeNull();
    expect(findExecutable("sh", "")).toBeNull();
  });
});
