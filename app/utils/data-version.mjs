// The one answer to "has the data changed since X?" for every cache in the process: the page cache
// (server/html-cache.mjs), the search's data caches and facet index (app/search/read-db.server.ts)
// and the export cache (app/exports/export-cache.server.ts). Why it is built this way:
// content/decisions/007-data-version.md.
//
// The version is "<local>.<database>". `database` is SQLite's `PRAGMA data_version` read on the
// process's read-only connection (registered by read-db.server.ts through watchDatabase): it moves
// on every commit by any other connection, Prisma's in this process or another process's such as the
// import CLI. `local` moves with noteDataChange: every audited change, and a switch to another
// database file. Plain JavaScript with its state on globalThis, because server.mjs imports this file
// as it is while the app's copy is bundled into the server build, and both must see one version.

const STATE = Symbol.for("algorithm-register.data-version");
const state = (globalThis[STATE] ??= { local: 0, engine: "sqlite", readers: {} });

/**
 * An opaque value that differs after every change to the data, in this process or any other.
 * @returns {string}
 */
export function dataVersion() {
  const database = (state.readers[state.engine] ?? zero)(); // first: reading it may open another database, which is a change
  return `${state.local}.${database}`;
}

/**
 * Whether anything changed since `version` (a value dataVersion returned).
 * @param {string} version
 * @returns {boolean}
 */
export function changedSince(version) {
  return version !== dataVersion();
}

/** Moves the version on: every cache keyed to an older version drops what it holds. */
export function noteDataChange() {
  state.local += 1;
}

const zero = () => 0;

/**
 * Registers the reader of an engine's change counter: on SQLite `PRAGMA data_version` of a
 * connection that never writes (app/search/read-db.server.ts), on PostgreSQL the counter that
 * app/utils/engine/postgres-changes.server.ts keeps from LISTEN/NOTIFY.
 * @param {() => number} readDataVersion
 * @param {"sqlite" | "postgresql"} [engine]
 */
export function watchDatabase(readDataVersion, engine = "sqlite") {
  state.readers[engine] = readDataVersion;
}

/**
 * Which engine's counter the version follows (app/utils/db.server.ts, when it opens a database).
 * @param {"sqlite" | "postgresql"} engine
 */
export function followEngine(engine) {
  if (state.engine !== engine) {
    state.engine = engine;
    state.local += 1;
  }
}

/**
 * `derive()` computed again only when the data version moved: for values derived from the data
 * that cost a query, such as a cache's own content key. The version is read before `derive()` runs,
 * so a change committed meanwhile is seen on the next call.
 * @template T
 * @param {() => T} derive
 * @returns {() => T}
 */
export function perDataVersion(derive) {
  /** @type {string | undefined} */
  let seen;
  /** @type {T} */
  let value;
  return () => {
    const version = dataVersion();
    if (version !== seen) {
      value = derive();
      seen = version;
    }
    return value;
  };
}
