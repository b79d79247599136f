/**
 * Picks the container tool: docker with buildx (GitHub's runners), else buildah, else podman — or
 * the one `--builder` names. A tool counts only when it can work: docker needs the buildx plugin
 * and a reachable engine (a docker CLI without an engine is common in CI containers).
 */
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { PackageError } from "../errors.js";
import { buildahBuilder } from "./buildah.js";
import { BUILDER_NAMES, type Builder, type BuilderName, tail } from "./builder.js";
import { dockerBuilder } from "./docker.js";
import { podmanBuilder } from "./podman.js";
import { type RunProcess, runProcess } from "./run-process.js";

export const INSTALL_HINT = [
  "Install one of them:",
  "  docker: Docker Engine with the buildx plugin (https://docs.docker.com/engine/install/); GitHub's ubuntu runners have it",
  "  buildah: sudo apt-get install buildah (Debian/Ubuntu), sudo dnf install buildah (Fedora/RHEL)",
  "  podman: sudo apt-get install podman, sudo dnf install podman, brew install podman (macOS, then podman machine init && podman machine start)",
].join("\n");

export interface DetectOptions {
  env: NodeJS.ProcessEnv;
  /** Use only this one (`--builder`). */
  force?: BuilderName | null;
  run?: RunProcess;
}

export interface Candidate {
  name: BuilderName;
  /** Why it cannot be used; null when it can. */
  problem: string | null;
}

export async function detectBuilder(options: DetectOptions): Promise<Builder> {
  const run = options.run ?? runProcess;
  const names = options.force ? [options.force] : BUILDER_NAMES;
  const looked: Candidate[] = [];
  for (const name of names) {
    const problem = await probe(name, options.env, run);
    looked.push({ name, problem });
    if (problem === null) return makeBuilder(name, options.env, run);
  }
  throw new PackageError("no-builder", noBuilderMessage(looked, options.env, Boolean(options.force)));
}

export function noBuilderMessage(
  looked: readonly Candidate[],
  env: NodeJS.ProcessEnv,
  forced: boolean,
): string {
  const lines = looked.map((candidate) => `  ${candidate.name}: ${candidate.problem}`);
  const head = forced
    ? `the builder asked for (--builder ${looked[0]?.name}) cannot be used:`
    : "no container builder found. Looked for docker (with buildx), buildah and podman:";
  return [head, ...lines, `(PATH=${env.PATH ?? ""})`, INSTALL_HINT].join("\n");
}

export function makeBuilder(
  name: BuilderName,
  env: NodeJS.ProcessEnv,
  run: RunProcess = runProcess,
): Builder {
  if (name === "docker") return dockerBuilder({ env, run });
  if (name === "podman") return podmanBuilder({ env, run });
  return buildahBuilder({ env, run });
}

async function probe(name: BuilderName, env: NodeJS.ProcessEnv, run: RunProcess): Promise<string | null> {
  if (!findExecutable(name, env.PATH ?? "")) return "not found on PATH";
  if (name === "docker") {
    const buildx = await run("docker", ["buildx", "version"], { env });
    if (buildx.code !== 0)
      return `on PATH, but the buildx plugin is missing (docker buildx version: ${firstLine(buildx.output)})`;
    const engine = await run("docker", ["info", "--format", "{{.ServerVersion}}"], { env });
    if (engine.code !== 0 || !engine.stdout.trim()) {
      return `on PATH, but no Docker engine answers (docker info: ${firstLine(engine.output)})`;
    }
    return null;
  }
  const version = await run(name, ["version"], { env });
  return version.code === 0 ? null : `on PATH, but \`${name} version\` failed: ${firstLine(version.output)}`;
}

export function findExecutable(name: string, path: string): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return null;
}

function firstLine(text: string): string {
  return tail(text, 1).replace(/^…\n/, "").trim() || "no output";
}
