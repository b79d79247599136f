/**
 * A PostgreSQL server of a test's own, so the test can stop and start it (a store outage) without
 * touching the shared one: initdb into a temporary directory as the `postgres` user, trust
 * authentication for a `slipway` superuser, 127.0.0.1 on a free port. Needs root (CI and the
 * development machines run as root) and Debian's PostgreSQL (.ci/setup-postgres installs it).
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PrivatePostgres {
  url: string;
  /** The server's log (with `logStatements`, every statement it ran). */
  logFile: string;
  start(): void;
  stop(): void;
  remove(): void;
}

function bin(name: string): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  const path = version ? join(root, version, "bin", name) : "";
  return existsSync(path) ? path : null;
}

/** Why a private server cannot be had here, or null when it can. */
export function privatePostgresMissing(): string | null {
  if (process.getuid?.() !== 0) return "a private PostgreSQL server is started as root (runuser -u postgres)";
  if (!bin("initdb") || !bin("pg_ctl"))
    return "Debian's PostgreSQL is not installed (.ci/setup-postgres installs it)";
  return null;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startPrivatePostgres(
  options: { logStatements?: boolean } = {},
): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), "slipway-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const port = await freePort();
  const asPostgres = (command: string, args: string[]) =>
    execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe", cwd: "/tmp" });
  asPostgres(bin("initdb")!, ["-D", data, "-U", "slipway", "--auth=trust"]);
  appendFileSync(
    join(data, "postgresql.conf"),
    `\nport = ${port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\n${options.logStatements ? "log_statement = 'all'\n" : ""}`,
  );
  const server: PrivatePostgres = {
    url: `postgres://slipway@127.0.0.1:${port}/postgres`,
    logFile: join(dir, "log"),
    start: () => void asPostgres(bin("pg_ctl")!, ["-D", data, "-l", join(dir, "log"), "-w", "start"]),
    stop: () => void asPostgres(bin("pg_ctl")!, ["-D", data, "-m", "fast", "-w", "stop"]),
    remove: () => {
      try {
        server.stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}
