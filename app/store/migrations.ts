/**
 * The store's schema, as ordered migrations both adapters run unchanged. Append only: a released
 * migration is never edited; a change is a new entry. Kept in TypeScript (not .sql files) so the
 * compiled app carries them without copying assets.
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: "deliveries, reports, comments, gates, decisions",
    statements: [
      `CREATE TABLE deliveries (
        id text PRIMARY KEY,
        event text NOT NULL,
        claimed_at timestamptz NOT NULL
      )`,
      `CREATE TABLE reports (
        repository_id bigint NOT NULL,
        commit_sha text NOT NULL,
        workflow_id bigint NOT NULL,
        variant text NOT NULL,
        repository text NOT NULL,
        workflow_name text NOT NULL,
        branch text,
        event text NOT NULL,
        trusted boolean NOT NULL,
        run_id bigint NOT NULL,
        run_attempt integer NOT NULL,
        run_url text NOT NULL,
        run_created_at timestamptz NOT NULL,
        passed boolean NOT NULL,
        report jsonb NOT NULL,
        PRIMARY KEY (repository_id, commit_sha, workflow_id, variant)
      )`,
      `CREATE INDEX reports_by_branch ON reports (repository_id, workflow_id, branch, run_created_at DESC)
        WHERE trusted`,
      `CREATE TABLE comments (
        repository_id bigint NOT NULL,
        pull_number integer NOT NULL,
        workflow_id bigint NOT NULL,
        comment_id bigint NOT NULL,
        PRIMARY KEY (repository_id, pull_number, workflow_id)
      )`,
      `CREATE TABLE gates (
        id bigserial PRIMARY KEY,
        repository_id bigint NOT NULL,
        repository text NOT NULL,
        installation_id bigint NOT NULL,
        environment text NOT NULL,
        deployment_id bigint NOT NULL,
        sha text NOT NULL,
        ref text NOT NULL,
        callback_url text NOT NULL,
        state text NOT NULL DEFAULT 'pending'
          CHECK (state IN ('pending', 'approved', 'rejected', 'expired')),
        reasons jsonb NOT NULL DEFAULT '[]',
        status_comment_id bigint,
        context jsonb NOT NULL DEFAULT '{}',
        requested_at timestamptz NOT NULL,
        expires_at timestamptz,
        recheck_at timestamptz,
        updated_at timestamptz NOT NULL,
        decided_at timestamptz,
        UNIQUE (repository_id, deployment_id, environment)
      )`,
      `CREATE INDEX gates_pending ON gates (repository_id, sha) WHERE state = 'pending'`,
      `CREATE TABLE decisions (
        id bigserial PRIMARY KEY,
        gate_id bigint REFERENCES gates (id),
        repository_id bigint NOT NULL,
        environment text NOT NULL,
        deployment_id bigint,
        sha text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('approved', 'rejected', 'pending', 'expired')),
        reasons jsonb NOT NULL,
        facts jsonb NOT NULL,
        decided_at timestamptz NOT NULL,
        delivery_id text
      )`,
      `CREATE INDEX decisions_by_environment ON decisions (repository_id, environment, decided_at DESC)`,
    ],
  },
  {
    version: 2,
    name: "delivery leases, approval events, gate answers, run results",
    statements: [
      // A claim is a lease: it expires, so a claim left by a crash or a store outage is taken again.
      // Claims made before leases existed are taken as handled.
      `ALTER TABLE deliveries ADD COLUMN state text NOT NULL DEFAULT 'done' CHECK (state IN ('claimed', 'done'))`,
      "ALTER TABLE deliveries ADD COLUMN lease_until timestamptz",
      // Approvals as events: what the app received, when, from whom; an edit or deletion withdraws.
      `CREATE TABLE approvals (
        repository_id bigint NOT NULL,
        pull_number integer NOT NULL,
        source text NOT NULL CHECK (source IN ('comment', 'review')),
        source_id bigint NOT NULL,
        login text,
        environment text,
        url text,
        at timestamptz,
        received_at timestamptz NOT NULL,
        delivery_id text,
        withdrawn_at timestamptz,
        withdrawn_why text,
        PRIMARY KEY (repository_id, source, source_id)
      )`,
      "CREATE INDEX approvals_by_pull ON approvals (repository_id, pull_number)",
      // A settled gate is answered (GitHub accepted, had decided already, or the deployment is gone)
      // or waits for its next try. Gates settled before this migration were answered at once.
      "ALTER TABLE gates ADD COLUMN answered_at timestamptz",
      "ALTER TABLE gates ADD COLUMN answer text",
      "ALTER TABLE gates ADD COLUMN answer_attempts integer NOT NULL DEFAULT 0",
      "ALTER TABLE gates ADD COLUMN next_answer_at timestamptz",
      "UPDATE gates SET answered_at = decided_at, answer = 'accepted' WHERE state <> 'pending'",
      "CREATE INDEX gates_unanswered ON gates (next_answer_at) WHERE state <> 'pending' AND answered_at IS NULL",
      `CREATE TABLE gate_answers (
        id bigserial PRIMARY KEY,
        gate_id bigint NOT NULL REFERENCES gates (id),
        repository_id bigint NOT NULL,
        environment text NOT NULL,
        deployment_id bigint NOT NULL,
        state text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('accepted', 'already-decided', 'gone', 'failed')),
        status integer,
        detail text NOT NULL,
        at timestamptz NOT NULL,
        delivery_id text
      )`,
      "CREATE INDEX gate_answers_by_environment ON gate_answers (repository_id, environment, at DESC)",
      // What one attempt of a workflow run produced, so the comment and the check run are always
      // drawn from the newest attempt the app has seen, whichever delivery arrives last.
      `CREATE TABLE run_results (
        repository_id bigint NOT NULL,
        run_id bigint NOT NULL,
        run_attempt integer NOT NULL,
        workflow_id bigint NOT NULL,
        workflow_name text NOT NULL,
        head_sha text NOT NULL,
        run_url text NOT NULL,
        run_created_at timestamptz NOT NULL,
        heads jsonb NOT NULL,
        unreadable jsonb NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (repository_id, run_id, run_attempt)
      )`,
      `CREATE INDEX run_results_by_head ON run_results
        (repository_id, workflow_id, head_sha, run_created_at DESC, run_id DESC, run_attempt DESC)`,
    ],
  },
  {
    version: 3,
    name: "monitor history",
    statements: [
      // monitor.by: app — each monitor run's measurements, judged in the order they were measured.
      `CREATE TABLE monitor_runs (
        repository_id bigint NOT NULL,
        run_id bigint NOT NULL,
        run_attempt integer NOT NULL,
        measured_at timestamptz NOT NULL,
        run jsonb NOT NULL,
        received_at timestamptz NOT NULL,
        acted_at timestamptz,
        PRIMARY KEY (repository_id, run_id, run_attempt)
      )`,
      "CREATE INDEX monitor_runs_by_time ON monitor_runs (repository_id, measured_at DESC)",
    ],
  },
];
