/**
 * A real image registry for the push tests: Debian's docker-registry (the CNCF distribution
 * registry) on 127.0.0.1 and a free port, storing into a temporary folder. Optionally read-only
 * (it then refuses every push) or with htpasswd logins.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../../src/package/smoke-test.js";

export interface Registry {
  /** 127.0.0.1:<port> */
  host: string;
  log(): string;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  readOnly?: boolean;
  /** One user allowed to push. */
  user?: { username: string; password: string };
}

export async function startRegistry(options: RegistryOptions = {}): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), "slipway-registry-"));
  const port = await freePort();
  const lines = [
    "version: 0.1",
    "log:",
    "  level: warn",
    "  accesslog: { disabled: true }",
    "storage:",
    `  filesystem: { rootdirectory: ${join(dir, "data")} }`,
    "  delete: { enabled: true }",
    ...(options.readOnly ? ["  maintenance:", "    readonly: { enabled: true }"] : []),
    "http:",
    `  addr: 127.0.0.1:${port}`,
  ];
  if (options.user) {
    // bcrypt, which the registry's htpasswd reader requires; Debian's libcrypt makes it.
    const hash = execFileSync(
      "/usr/bin/python3",
      [
        "-c",
        "import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH)))",
        options.user.password,
      ],
      { encoding: "utf8" },
    ).trim();
    writeFileSync(join(dir, "htpasswd"), `${options.user.username}:${hash}\n`);
    lines.push("auth:", "  htpasswd:", "    realm: slipway-test", `    path: ${join(dir, "htpasswd")}`);
  }
  writeFileSync(join(dir, "config.yml"), `${lines.join("\n")}\n`);
  let log = "";
  const child = spawn("docker-registry", ["serve", join(dir, "config.yml")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const host = `127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const response = await fetch(`http://${host}/v2/`);
      if (response.status === 200 || response.status === 401) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`docker-registry did not start on ${host}:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    host,
    log: () => log,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
