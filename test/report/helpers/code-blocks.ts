/**
 * The code blocks of a comment as GitHub shows them: rendered by cmark-gfm (test/app/helpers/
 * render-gfm.ts, GitHub's renderer) and read back as text, HTML escapes undone — so a test can
 * check a message renders exactly as written.
 */
import { renderGfm } from "../../app/helpers/render-gfm.js";

export function renderedCodeBlocks(markdown: string): string[] {
  return [...renderGfm(markdown).matchAll(/<pre><code(?: class="[^"]*")?>([\s\S]*?)<\/code><\/pre>/g)].map(
    (match) => unescapeHtml(match[1]!).replace(/\n$/, ""),
  );
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
