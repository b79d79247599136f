/**
 * Whether the machine can get the images a build starts FROM, asked before the build: a laptop
 * that is offline, or a CI machine without registry access, then gets "packaging skipped: cannot
 * pull python:3.11-slim" instead of a failed build minutes later. Present images are used as they
 * are; missing ones are pulled once with the same tool that will build.
 */
import type { BuilderName } from "../package/builders/builder.js";
import { type RunProcess, runProcess } from "../package/builders/run-process.js";

/**
 * The images a Dockerfile builds FROM: global ARG defaults substituted, its own stages, `scratch`
 * and images that still depend on a build argument without a default left out.
 */
export function dockerfileBaseImages(dockerfile: string): string[] {
  const args = new Map<string, string>();
  const stages = new Set<string>();
  const images: string[] = [];
  let seenFrom = false;
  for (const line of instructions(dockerfile)) {
    const arg = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/i.exec(line);
    if (arg && !seenFrom) {
      const [, name = "", value] = arg;
      if (value !== undefined) args.set(name, unquote(value.trim()));
      continue;
    }
    const from = /^FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?\s*$/i.exec(line);
    if (!from) continue;
    seenFrom = true;
    const [, named = ""] = from;
    const image = named.replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
      (whole, braced: string | undefined, bare: string | undefined) =>
        args.get(braced ?? bare ?? "") ?? whole,
    );
    if (from[2]) stages.add(from[2].toLowerCase());
    if (
      image.includes("$") ||
      image === "scratch" ||
      stages.has(image.toLowerCase()) ||
      images.includes(image)
    )
      continue;
    images.push(image);
  }
  return images;
}

/** Dockerfile lines with `\` continuations joined and comments dropped. */
function instructions(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("#") && !current) continue;
    if (line.endsWith("\\")) {
      current += `${line.slice(0, -1)} `;
      continue;
    }
    out.push((current + line).trim());
    current = "";
  }
  if (current) out.push(current.trim());
  return out;
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

export type ImageCheck = { ready: true; pulled: string[] } | { ready: false; image: string; detail: string };

export type EnsureImages = (
  builder: BuilderName,
  images: readonly string[],
  options: { env: NodeJS.ProcessEnv; onProgress?: (line: string) => void },
) => Promise<ImageCheck>;

/** The tool's own "is it here" and "pull" commands. */
const COMMANDS: Record<
  BuilderName,
  { present: (image: string) => string[]; pull: (image: string) => string[] }
> = {
  docker: { present: (image) => ["image", "inspect", image], pull: (image) => ["pull", image] },
  buildah: { present: (image) => ["inspect", "--type", "image", image], pull: (image) => ["pull", image] },
  podman: { present: (image) => ["image", "exists", image], pull: (image) => ["pull", image] },
};

export function ensureImagesWith(run: RunProcess): EnsureImages {
  return async (builder, images, options) => {
    const pulled: string[] = [];
    for (const image of images) {
      const present = await run(builder, COMMANDS[builder].present(image), { env: options.env });
      if (present.code === 0) continue;
      options.onProgress?.(`Pulling ${image} with ${builder}…`);
      const pull = await run(builder, COMMANDS[builder].pull(image), { env: options.env });
      if (pull.code !== 0) {
        return {
          ready: false,
          image,
          detail: lastLine(pull.output || pull.startError?.message || "no output"),
        };
      }
      pulled.push(image);
    }
    return { ready: true, pulled };
  };
}

export const ensureImages: EnsureImages = ensureImagesWith(runProcess);

/** The tool's last words, bounded: what a one-line skip reason can carry. */
function lastLine(output: string): string {
  const line = output.trim().split("\n").pop()?.trim() ?? "";
  return line.length > 240 ? `${line.slice(0, 239)}…` : line;
}
