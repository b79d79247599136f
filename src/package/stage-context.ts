/** Writes a generated build context to a folder (a fresh temporary one unless given). */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { BuildContext } from "./plan-package.js";
import { CONTEXT } from "./serving/dockerfile.js";

export interface StagedContext {
  dir: string;
  dockerfile: string;
}

export function stageContext(context: BuildContext, into?: string): StagedContext {
  if (context.kind === "custom") return { dir: context.dir, dockerfile: context.dockerfile };
  const dir = into ?? mkdtempSync(join(tmpdir(), "slipway-context-"));
  for (const file of context.files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    if ("content" in file) writeFileSync(target, file.content, { mode: 0o644 });
    else {
      copyFileSync(file.source, target);
      // The image runs as a non-root user: a model saved 0600 must still be readable there.
      chmodSync(target, 0o644);
    }
  }
  return { dir, dockerfile: join(dir, CONTEXT.dockerfile) };
}
