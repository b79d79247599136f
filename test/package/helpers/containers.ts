/**
 * The container tooling the packaging tests use: buildah with the storage .ci/setup-containers
 * made (one root, overlay), and the two Python base images it imported there. When they are
 * missing (a fresh machine where .ci/setup did not run) the set-up runs once from here.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";

export const REPO_ROOT = join(import.meta.dirname, "..", "..", "..");
export const CACHE = process.env.SLIPWAY_CONTAINER_CACHE ?? "/var/cache/slipway";
export const STORAGE_CONF = join(CACHE, "containers", "storage.conf");
export const BUILD_IMAGE = "localhost/slipway/python-build:bookworm";
export const RUNTIME_IMAGE = "localhost/slipway/python-runtime:bookworm";

/** The environment every builder call in the tests gets. */
export function containerEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CONTAINERS_STORAGE_CONF: STORAGE_CONF,
    BUILDAH_ISOLATION: "chroot",
    ...extra,
  };
}

export function haveImage(image: string): boolean {
  return (
    spawnSync("buildah", ["inspect", "--type", "image", image], { env: containerEnv(), stdio: "ignore" })
      .status === 0
  );
}

let ensured = false;

/** Makes sure the base images exist (runs .ci/setup-containers when they do not: minutes). */
export function ensureBaseImages(): void {
  if (ensured) return;
  if (!haveImage(BUILD_IMAGE) || !haveImage(RUNTIME_IMAGE)) {
    execFileSync("bash", [join(REPO_ROOT, ".ci", "setup-containers")], { stdio: "inherit" });
  }
  ensured = true;
}

export function buildah(args: string[]): string {
  return execFileSync("buildah", args, {
    env: containerEnv(),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function skopeoInspect(
  reference: string,
  options: { config?: boolean; creds?: string } = {},
): unknown {
  const args = ["inspect", ...(options.config ? ["--config"] : [])];
  if (reference.startsWith("docker://")) args.push("--tls-verify=false");
  if (options.creds) args.push("--creds", options.creds);
  args.push(reference);
  return JSON.parse(execFileSync("skopeo", args, { env: containerEnv(), encoding: "utf8" }));
}

/** Removes images the tests tagged (their layers are shared and small; the tags are not). */
export function removeImages(references: readonly string[]): void {
  for (const reference of references) {
    spawnSync("buildah", ["rmi", "-f", reference], { env: containerEnv(), stdio: "ignore" });
  }
}
