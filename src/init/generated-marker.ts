/**
 * The first line of every file `slipway init` writes: a marker and the hash of the rest. On a later
 * run the hash tells a file it wrote and nobody touched (safe to rewrite) from one a person edited
 * (left alone); a file without the marker was never its to write.
 */
import { createHash } from "node:crypto";

export type CommentStyle = "#" | "//";

const MARKER = /^(#|\/\/) Written by `slipway init` \(sha256 ([0-9a-f]{16})\)\./;

export function hashOf(body: string): string {
  return createHash("sha256").update(body).digest("hex").slice(0, 16);
}

export function withMarker(body: string, comment: CommentStyle): string {
  return `${comment} Written by \`slipway init\` (sha256 ${hashOf(body)}). Edit freely: once edited, slipway init leaves it alone.\n${body}`;
}

/** untouched: ours as written; edited: ours, changed since; foreign: not written by slipway init. */
export function provenance(text: string): "untouched" | "edited" | "foreign" {
  const newline = text.indexOf("\n");
  const first = newline < 0 ? text : text.slice(0, newline);
  const match = MARKER.exec(first);
  if (!match) return "foreign";
  return hashOf(newline < 0 ? "" : text.slice(newline + 1)) === match[2] ? "untouched" : "edited";
}
