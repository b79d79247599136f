/** Entries of `approvers` / `override-approvers`: a login ("alice") or a team ("@acme/ml-leads"). */

export type ApproverEntry =
  | { kind: "user"; login: string }
  | { kind: "team"; org: string; slug: string; key: string };

const LOGIN = /^[a-z\d](?:[a-z\d-]{0,38})(\[bot\])?$/i;
const TEAM = /^@?([a-z\d][a-z\d-]*)\/([a-z\d][a-z\d._-]*)$/i;

export function parseApprover(text: string): ApproverEntry | null {
  const value = text.trim();
  const team = TEAM.exec(value);
  if (team) {
    const [, org = "", slug = ""] = team;
    return { kind: "team", org, slug, key: teamKey(org, slug) };
  }
  // "@alice" is how people write a person on GitHub; it means the login alice.
  const login = value.startsWith("@") ? value.slice(1) : value;
  return LOGIN.test(login) ? { kind: "user", login } : null;
}

/** Teams are matched case-insensitively, spelled "@org/slug". */
export function teamKey(org: string, slug: string): string {
  return `@${org}/${slug}`.toLowerCase();
}

/** The key a facts file's `teams:` entry is looked up by ("acme/ml-leads" and "@Acme/ML-Leads" alike). */
export function normaliseTeamName(name: string): string | null {
  const team = TEAM.exec(name.trim());
  if (!team) return null;
  const [, org = "", slug = ""] = team;
  return teamKey(org, slug);
}

/** Logins are case-insensitive on GitHub. */
export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
