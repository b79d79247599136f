/**
 * The team's own Markdown (`comment.include`) made as inert as every other report text, keeping
 * what it is for: headings, emphasis, lists, tables, code. A fork can write these files, so they
 * are parsed (micromark, GFM) and written back (mdast-util-to-markdown) rather than pattern-matched:
 * - raw HTML (blocks, inline tags, comments) becomes text, shown as written;
 * - links and images stay only when they point at GitHub over https (github.com,
 *   *.githubusercontent.com); any other becomes its text and its address, both inert; reference
 *   links are resolved first, so a definition cannot smuggle one in;
 * - in text, mentions, issue references, SHAs and anything cmark-gfm would autolink get a
 *   zero-width joiner (escape.ts: `unlinkable`); code is left whole, as GitHub links nothing there;
 * - diagrams GitHub renders from code blocks (mermaid, geojson, topojson, stl) become plain code:
 *   a Mermaid `click … href` is a link;
 * - headings move below the comment's own (#####), task-list boxes become ☐/☑ text, footnotes text.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown, gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { gfm } from "micromark-extension-gfm";
import { unlinkable } from "./escape.js";

const RICH_BLOCKS = new Set(["mermaid", "geojson", "topojson", "stl", "math"]);

/** The Markdown, inert: safe to put in the comment as it is. */
export function inertMarkdown(markdown: string): string {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const definitions = new Map<string, string>();
  visitDefinitions(tree, definitions);
  const clean = rewrite(tree, definitions) as Root;
  return toMarkdown(clean, { extensions: [gfmToMarkdown()], bullet: "-", fences: true }).trimEnd();
}

/** True for an https address on GitHub, which the comment may link. */
export function isGitHubUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  return (
    parsed.protocol === "https:" &&
    !parsed.username &&
    !parsed.password &&
    (host === "github.com" || host.endsWith(".githubusercontent.com"))
  );
}

function visitDefinitions(node: Nodes, into: Map<string, string>): void {
  if (node.type === "definition") into.set(node.identifier, node.url);
  if ("children" in node) for (const child of node.children) visitDefinitions(child, into);
}

function text(value: string): PhrasingContent {
  return { type: "text", value: unlinkable(value) };
}

/** The node made inert; an array when a node becomes several (a link becomes its text and address). */
function rewrite(node: Nodes, definitions: Map<string, string>, phrasing = false): Nodes | Nodes[] {
  switch (node.type) {
    case "html":
      // Inline HTML is phrasing; at block level (its parent holds blocks) it needs a paragraph.
      return phrasing ? text(node.value) : { type: "paragraph", children: [text(node.value)] };
    case "text":
      return text(node.value);
    case "definition":
      return [];
    case "link":
    case "linkReference": {
      const url = node.type === "link" ? node.url : (definitions.get(node.identifier) ?? "");
      const children = rewriteChildren(node, definitions) as PhrasingContent[];
      if (isGitHubUrl(url)) return { type: "link", url, title: null, children };
      return url ? [...children, text(` (${url})`)] : children;
    }
    case "image":
    case "imageReference": {
      const url = node.type === "image" ? node.url : (definitions.get(node.identifier) ?? "");
      if (isGitHubUrl(url)) return { type: "image", url, title: null, alt: node.alt ?? "" };
      return text(`${node.alt ? `${node.alt} ` : ""}(image${url ? `: ${url}` : ""})`);
    }
    case "code":
      return RICH_BLOCKS.has((node.lang ?? "").toLowerCase()) ? { ...node, lang: null, meta: null } : node;
    case "heading":
      return {
        ...node,
        depth: node.depth <= 2 ? 5 : 6,
        children: rewriteChildren(node, definitions) as PhrasingContent[],
      };
    case "listItem": {
      const children = rewriteChildren(node, definitions) as typeof node.children;
      if (node.checked === null || node.checked === undefined) return { ...node, children };
      const box = node.checked ? "☑ " : "☐ ";
      const [first, ...rest] = children;
      const boxed =
        first?.type === "paragraph"
          ? [{ ...first, children: [text(box), ...first.children] }, ...rest]
          : [{ type: "paragraph" as const, children: [text(box)] }, ...children];
      return { ...node, checked: null, children: boxed };
    }
    case "footnoteReference":
      return text(`[^${node.label ?? node.identifier}]`);
    case "footnoteDefinition":
      return [
        { type: "paragraph", children: [text(`[^${node.label ?? node.identifier}]:`)] },
        ...(rewriteChildren(node, definitions) as RootContent[]),
      ];
    default:
      if ("children" in node) return { ...node, children: rewriteChildren(node, definitions) } as Nodes;
      return node;
  }
}

const PHRASING_PARENTS = new Set([
  "paragraph",
  "heading",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference",
  "tableCell",
]);

function rewriteChildren(node: Parent, definitions: Map<string, string>): Nodes[] {
  const phrasing = PHRASING_PARENTS.has(node.type);
  return node.children.flatMap((child) => rewrite(child, definitions, phrasing));
}
