/**
 * GitHub's Markdown renderer, Debian's cmark-gfm, with the extensions and raw-HTML filter GitHub
 * uses: what a comment or job summary looks like on GitHub, to check that text renders as written.
 * `.ci/setup` installs it; where it is missing the tests that need it are skipped and say why.
 */
import { spawnSync } from "node:child_process";

const ARGS = ["--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough", "-e", "tagfilter"];

export const hasCmarkGfm = spawnSync("cmark-gfm", ["--version"], { stdio: "ignore" }).status === 0;
if (!hasCmarkGfm) {
  console.warn("cmark-gfm is not installed: rendering checks are skipped (apt-get install cmark-gfm).");
}

export function renderGfm(markdown: string): string {
  const run = spawnSync("cmark-gfm", ARGS, { input: markdown, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`cmark-gfm failed: ${run.stderr}`);
  return run.stdout;
}

/** The text of every code block in rendered HTML, as a reader sees it (HTML escapes undone). */
export function codeBlocksOf(html: string): string[] {
  return [...html.matchAll(/<pre><code(?: class="[^"]*")?>([\s\S]*?)<\/code><\/pre>/g)].map((match) =>
    unescapeHtml(match[1]!).replace(/\n$/, ""),
  );
}

/** The rendered HTML outside code blocks: where links, images and tags would be live. */
export function outsideCode(html: string): string {
  return html.replace(/<pre><code[\s\S]*?<\/code><\/pre>/g, "").replace(/<code>[\s\S]*?<\/code>/g, "");
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
