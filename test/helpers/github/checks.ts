/**
 * Check runs as GitHub keeps them: created by the token's writer (the app, or github-actions),
 * listed per commit newest first (`filter=latest`, the default, keeps the newest per name — what a
 * pull request shows), updated in place (GitHub appends each update's annotations to those already
 * there), their annotations listed. Each stored check run keeps the request that made it and every
 * write (`request`, `writes`), which GitHub does not show.
 */

import { writerOf } from "./issues.js";
import { checkRunObject, fullName, type RepoFacts } from "./objects.js";
import { keyOf, type Repos } from "./repos.js";
import { type DoubleServer, type Json, page } from "./server.js";

export class Checks {
  private readonly byRepo = new Map<string, Json[]>();

  constructor(
    private readonly server: DoubleServer,
    private readonly repos: Repos,
  ) {}

  checkRuns(repo: RepoFacts): Json[] {
    const key = keyOf(repo);
    if (!this.byRepo.has(key)) this.byRepo.set(key, []);
    return this.byRepo.get(key)!;
  }

  register(server: DoubleServer): void {
    server.serve("POST", "/repos/{owner}/{repo}/check-runs", (context) => {
      const state = this.repos.of(context);
      if (!state) return undefined;
      const { body } = context;
      const check = {
        ...checkRunObject(this.server.newId(), body, writerOf(context, this.repos.appSlug)),
        request: body,
        writes: [body],
        annotations: [...(body.output?.annotations ?? [])],
      };
      this.checkRuns(state.facts).push(check);
      return { status: 201, json: publicCheckRun(check) };
    });
    server.serve("GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs", (context) => {
      const state = this.repos.of(context);
      if (!state) return undefined;
      const { query } = context;
      let runs = this.checkRuns(state.facts)
        .filter((check) => check.head_sha === context.params[2])
        .filter((check) => !query.check_name || check.name === query.check_name)
        .filter((check) => !query.app_id || String(check.app.id) === query.app_id)
        .reverse();
      if ((query.filter ?? "latest") === "latest")
        runs = runs.filter((check, i) => runs.findIndex((other) => other.name === check.name) === i);
      const { slice, headers } = page(runs, context);
      return {
        status: 200,
        json: { total_count: runs.length, check_runs: slice.map(publicCheckRun) },
        headers,
      };
    });
    server.serve("PATCH", "/repos/{owner}/{repo}/check-runs/{check_run_id}", (context) => {
      const state = this.repos.of(context);
      const check = state && this.checkRuns(state.facts).find((c) => c.id === Number(context.params[2]));
      if (!check) return undefined;
      const { body } = context;
      check.annotations.push(...(body.output?.annotations ?? []));
      check.request = { ...check.request, ...body, output: body.output ?? check.request.output };
      check.writes.push(body);
      Object.assign(check, checkRunObject(check.id, check.request, check.app.slug));
      check.output.annotations_count = check.annotations.length;
      return { status: 200, json: publicCheckRun(check) };
    });
    server.serve("GET", "/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations", (context) => {
      const state = this.repos.of(context);
      const check = state && this.checkRuns(state.facts).find((c) => c.id === Number(context.params[2]));
      if (!check) return undefined;
      const list = check.annotations.map((a: Json) => ({
        path: a.path,
        start_line: a.start_line,
        end_line: a.end_line,
        start_column: a.start_column ?? null,
        end_column: a.end_column ?? null,
        annotation_level: a.annotation_level,
        title: a.title ?? null,
        message: a.message,
        raw_details: a.raw_details ?? null,
        blob_href: `https://github.com/${fullName(state.facts)}/blob/${check.head_sha}/${a.path}`,
      }));
      const { slice, headers } = page(list, context);
      return { status: 200, json: slice, headers };
    });
  }
}

/** A stored check run as GitHub shows it (the double's bookkeeping removed). */
function publicCheckRun(check: Json): Json {
  const { request: _request, writes: _writes, annotations: _annotations, ...json } = check;
  return json;
}
