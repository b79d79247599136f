/**
 * Fingerprints carried by the image: the model artifact(s) and the data schemas the model was
 * validated against. sha256 over content, so the same files give the same digest anywhere.
 */
import { createHash } from "node:crypto";

export interface NamedContent {
  name: string;
  content: Uint8Array | string;
}

/** One file: sha256 of its bytes. Several: sha256 over "name\0sha256\n" lines sorted by name. */
export function contentDigest(files: readonly NamedContent[]): string | null {
  const [first] = files;
  if (!first) return null;
  if (files.length === 1) return `sha256:${sha256(first.content)}`;
  const lines = [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => `${file.name}\0${sha256(file.content)}\n`)
    .join("");
  return `sha256:${sha256(lines)}`;
}

export function sha256(content: Uint8Array | string): string {
  return createHash("sha256").update(content).digest("hex");
}
