/**
 * A comment as GitHub shows it: rendered by cmark-gfm (GitHub's Markdown renderer, Debian's
 * `cmark-gfm`, installed by .ci/setup) with GitHub's extensions, then checked for what GitHub would
 * make live. cmark-gfm makes the links, images and HTML; GitHub then links mentions, references
 * and commit SHAs in the text, which cmark-gfm does not do, so those are looked for in the text
 * (code excluded: GitHub links nothing inside it).
 */
import { execFileSync } from "node:child_process";

const OUR_TAGS = new Set([
  "p",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "details",
  "summary",
  "sub",
  "code",
  "pre",
  "br",
  "strong",
  "em",
  "ul",
  "ol",
  "li",
  "h2",
  "h3",
  "h4",
  // The team's own Markdown (comment.include): its headings sit below ours, and ~~struck~~ text.
  "h5",
  "h6",
  "del",
  "hr",
  "blockquote",
  "a",
]);

export function renderGfm(markdown: string): string {
  return execFileSync(
    "cmark-gfm",
    // --unsafe: GitHub keeps raw HTML (then sanitises it); without it cmark-gfm drops all of it unseen.
    ["--unsafe", "-e", "autolink", "-e", "table", "-e", "strikethrough", "-e", "tagfilter"],
    { input: markdown, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
}

/** What would be live in the comment on GitHub besides links to `allowedLinkPrefixes`; [] when inert. */
export function liveProblems(markdown: string, allowedLinkPrefixes: readonly string[] = []): string[] {
  return htmlProblems(renderGfm(markdown), allowedLinkPrefixes);
}

const SPLIT = "<!-- slipway-test-split -->";

/** The same for many comments, rendered in one cmark-gfm run (each comment's problems in its place). */
export function liveProblemsOfMany(
  markdowns: readonly string[],
  allowedLinkPrefixes: readonly string[] = [],
): string[][] {
  const html = renderGfm(markdowns.join(`\n\n${SPLIT}\n\n`)).split(SPLIT);
  // A comment that swallowed the separator (an unclosed block) shows as a count that does not match.
  if (html.length !== markdowns.length)
    throw new Error(`${markdowns.length} comments rendered as ${html.length}: one left a block open`);
  return html.map((one) => htmlProblems(one, allowedLinkPrefixes));
}

function htmlProblems(html: string, allowedLinkPrefixes: readonly string[]): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
    const href = decode(match[1]!);
    if (!allowedLinkPrefixes.some((prefix) => href.startsWith(prefix))) problems.push(`a link to ${href}`);
  }
  // An image is live like a link: one from an allowed prefix (GitHub) is fine, any other is not.
  for (const match of html.matchAll(/<img\s[^>]*src="([^"]*)"/g)) {
    const src = decode(match[1]!);
    if (!allowedLinkPrefixes.some((prefix) => src.startsWith(prefix))) problems.push(`an image from ${src}`);
  }
  for (const match of html.matchAll(/<\/?([A-Za-z][\w-]*)/g)) {
    const tag = match[1]!.toLowerCase();
    if (!OUR_TAGS.has(tag) && tag !== "img") problems.push(`an HTML <${tag}> element`);
  }
  // cmark-gfm's tagfilter writes a disallowed tag as "&lt;script"; that is text, not a tag.
  const text = decode(
    html
      .replace(/<pre[\s>][\s\S]*?<\/pre>/g, " ")
      .replace(/<code>[\s\S]*?<\/code>/g, " ")
      .replace(/<[^>]+>/g, " "),
  );
  const patterns: Array<[string, RegExp]> = [
    ["a mention", /(?<![\w`])@[A-Za-z0-9][\w-]*(?:\/[\w-]+)?/g],
    ["a cross-repository reference", /[\w.-]+\/[\w.-]+#\d+/g],
    ["an issue reference", /(?<![\w&])#\d+/g],
    ["a GH- reference", /\bGH-\d+/gi],
    ["a commit SHA", /\b[0-9a-f]{7,40}\b/gi],
  ];
  for (const [what, pattern] of patterns) {
    for (const match of text.matchAll(pattern)) problems.push(`${what}: ${match[0]}`);
  }
  return [...new Set(problems)];
}

function decode(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
