/**
 * buildah and podman push alike: `push --digestfile`, an auth file for credentials (so the password
 * never appears in a process list), plain HTTP to a loopback registry.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PackageError } from "../errors.js";
import {
  isLoopbackRegistry,
  type PushOptions,
  type RegistryCredentials,
  registryHost,
  tail,
} from "./builder.js";
import type { RunProcess } from "./run-process.js";

/** `buildah push` / `podman push` arguments. */
export function pushArgs(
  image: string,
  reference: string,
  digestfile: string,
  authfile: string | null,
): string[] {
  return [
    "push",
    ...(isLoopbackRegistry(reference) ? ["--tls-verify=false"] : []),
    ...(authfile ? ["--authfile", authfile] : []),
    "--digestfile",
    digestfile,
    image,
    `docker://${reference}`,
  ];
}

/** An auth.json for one registry. */
export function writeAuthFile(dir: string, reference: string, credentials: RegistryCredentials): string {
  const path = join(dir, "auth.json");
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64");
  writeFileSync(path, JSON.stringify({ auths: { [registryHost(reference)]: { auth } } }), { mode: 0o600 });
  return path;
}

export async function pushWithDigestFile(
  tool: "buildah" | "podman",
  run: RunProcess,
  env: NodeJS.ProcessEnv,
  push: { image: string; reference: string; options: PushOptions },
): Promise<{ digest: string }> {
  const { image, reference, options } = push;
  const dir = mkdtempSync(join(tmpdir(), "slipway-push-"));
  try {
    const authfile = options.credentials ? writeAuthFile(dir, reference, options.credentials) : null;
    const digestfile = join(dir, "digest");
    const result = await run(tool, pushArgs(image, reference, digestfile, authfile), { env });
    if (result.code !== 0) {
      throw new PackageError(
        "push-refused",
        `${registryHost(reference)} refused the push of ${reference} (${tool} push):\n${tail(result.output, 8)}`,
      );
    }
    return { digest: readFileSync(digestfile, "utf8").trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
