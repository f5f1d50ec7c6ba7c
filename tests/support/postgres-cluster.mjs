// A throwaway PostgreSQL cluster for the tests (Debian's postgresql package): initdb in a fresh
// directory under tests/.tmp, a unix socket there and 127.0.0.1 on a free port, fsync off.
// initdb refuses to run as root, so as root the cluster runs as the `postgres` user.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync, chmodSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const TMP = resolve(ROOT, "tests/.tmp");

/** The directory of initdb and pg_ctl: PG_BIN, or the newest /usr/lib/postgresql/N/bin. */
export function postgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(resolve(base, v, "bin/initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) {
    throw new Error("PostgreSQL not found: install Debian's postgresql package (apt-get install postgresql postgresql-contrib)");
  }
  return resolve(base, versions[0], "bin");
}

export function postgresInstalled() {
  try {
    postgresBin();
    return true;
  } catch {
    return false;
  }
}

function freePort() {
  return new Promise((res, rej) => {
    const server = createServer();
    server.unref();
    server.on("error", rej);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => res(port));
    });
  });
}

function asPostgres(cmd, args) {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
  return execFileSync(file, argv, { stdio: ["ignore", "pipe", "pipe"], cwd: "/" }).toString();
}

function postgresIds() {
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

/**
 * Starts a cluster; returns { url(database), port, dir, stop() }. The superuser is `postgres`
 * with trust authentication (only reachable from this machine).
 */
export async function startPostgresCluster({ name = `pg-${process.pid}` } = {}) {
  const bin = postgresBin();
  const dir = resolve(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o700);
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  const data = resolve(dir, "data");
  asPostgres(resolve(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=300",
  ].join(" ");
  asPostgres(resolve(bin, "pg_ctl"), ["-D", data, "-w", "-l", resolve(dir, "log"), "-o", options, "start"]);
  const url = (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    dir,
    url,
    stop() {
      try {
        asPostgres(resolve(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Runs SQL statements on a database of the cluster (one connection, closed after). */
export async function postgresQuery(url, ...statements) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results = [];
    for (const s of statements) results.push(await client.query(s));
    return results;
  } finally {
    await client.end();
  }
}

/** A new database copied from a template database (CREATE DATABASE … TEMPLATE). */
export async function createDatabaseFrom(cluster, template, name) {
  await postgresQuery(cluster.url("postgres"), `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return cluster.url(name);
}

export async function dropDatabase(cluster, name) {
  await postgresQuery(cluster.url("postgres"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
