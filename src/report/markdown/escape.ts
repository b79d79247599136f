/**
 * Report content can come from a fork's pull request: untrusted. Everything we put into Markdown
 * goes through here first, so names and values cannot break a table, inject HTML, images or links,
 * or blow up the comment's size — and cannot make GitHub link anything either. GitHub renders a
 * comment with cmark-gfm (its autolink extension links `www.` and `scheme://` addresses and e-mail
 * addresses), then links mentions (`@name`, `@org/team`), references (`#123`, `owner/repo#123`,
 * `GH-123`) and commit SHAs in the resulting text. Character references survive only the first
 * step (they are text by the second), so the second is stopped by a zero-width joiner (U+200D,
 * invisible) placed where those patterns need a character: after every `@` and `#`, between `GH`
 * and `-`, inside `www.` and `://`, and after every sixth digit of a run of hex digits (a SHA
 * needs seven in a row).
 */

const DEFAULT_MAX = 200;
const JOINER = "\u200d";

/** Text for a Markdown table cell or inline position: inert and bounded. */
export function inlineText(value: unknown, max = DEFAULT_MAX): string {
  return references(unlinkable(bounded(value, max)));
}

/**
 * The zero-width joiners alone, for text that is already Markdown-safe (a text node the team's
 * Markdown serialiser escapes itself): nothing GitHub or cmark-gfm would link is left whole.
 */
export function unlinkable(text: string): string {
  return (
    autolinks(text)
      // GitHub's links after rendering: mentions, references, SHAs.
      .replace(/#/g, `#${JOINER}`)
      .replace(/\b(gh)-/gi, `$1${JOINER}-`)
      .replace(/[0-9a-f]{7,}/gi, (run) => run.replace(/[0-9a-f]{6}(?=[0-9a-f])/gi, `$&${JOINER}`))
  );
}

/**
 * Text inside `<code>…</code>`. GitHub links no mention, reference or SHA in a code element, so
 * those are left whole — an identifier (a digest, an image tag, a delivery id) copies exactly as
 * shown. cmark-gfm's autolinks are made before that, inside raw `<code>` too, so they are broken.
 */
export function codeText(value: unknown, max = DEFAULT_MAX): string {
  return references(autolinks(bounded(value, max)));
}

/** cmark-gfm's autolink extension: `www.`, `scheme://` and e-mail addresses (and the @ of a mention). */
function autolinks(text: string): string {
  return text
    .replace(/@/g, `@${JOINER}`)
    .replace(/(www)\./gi, `$1${JOINER}.`)
    .replace(/:\/\//g, `:${JOINER}//`);
}

function bounded(value: unknown, max: number): string {
  const text = String(value ?? "").replace(/[\r\n\t]+/g, " ");
  return text.length > max ? `${cut(text, max - 1)}…` : text;
}

/** Markdown and HTML syntax characters become character references GitHub renders literally. */
function references(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~&"'=:]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Text in a fenced code block, shown exactly as written: the fence is one backtick longer than the
 * longest run of backticks inside (CommonMark: a fence closes only on a run at least as long), so
 * nothing in the text can close it, and nothing inside is escaped — character references, HTML,
 * @mentions and links stay literal text in a code block.
 */
export function codeBlock(text: string, max = 4000, language = ""): string {
  const body = text.length > max ? `${cut(text, max)}\n… (${text.length - max} more characters cut)` : text;
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}

/** The first `max` UTF-16 units, without splitting a surrogate pair (an emoji cut in half). */
function cut(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** A Markdown table from a header and rows whose cells are already escaped. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ("l" | "r" | "c")[],
): string {
  const rule = header.map((_, i) => ({ l: ":--", r: "--:", c: ":-:" })[align?.[i] ?? "l"]);
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(rule), ...rows.map(line)].join("\n");
}

/** A folded section; the summary is escaped, the body is trusted Markdown built by us. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}><summary>${inlineText(summary)}</summary>\n\n${body}\n\n</details>`;
}
