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
];
