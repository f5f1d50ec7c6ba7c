/**
 * The database half of the data version on PostgreSQL (app/utils/data-version.mjs; decision record
 * 013). Migration 0003 makes every committed write to a table that pages, the facet index or an
 * export show move the counter in "register_data_version" and NOTIFY channel
 * "register_data_changed" with the new value. One connection per process LISTENs; the version is
 * the highest value seen. A process that missed notifications (its connection dropped) reads the
 * counter when it reconnects, and every few seconds anyway.
 */
import pg from "pg";
import { watchDatabase } from "~/utils/data-version.mjs";

const CHANNEL = "register_data_changed";

/**
 * The models whose tables move the counter (migration 0003's triggers; a unit test compares the two):
 * what pages, the facet index and exports show. Sessions, leases, the outbox and rate-limit counters
 * are process state: a write to them must not drop caches, or every sign-in and every outbox round
 * would rebuild the facet index (seconds at 50,000 entries).
 */
export const SHOWN_DATA_MODELS: ReadonlySet<string> = new Set([
  "Organisation",
  "User",
  "UserIdentity",
  "NotificationPreference",
  "Entry",
  "EntryVersion",
  "EntryFacet",
  "AuditLog",
  "Supplier",
  "Assessment",
  "AssessmentComment",
  "AssessmentRevision",
  "FeedbackThread",
  "FeedbackMessage",
  "ApiClient",
]);
const POLL_MS = 5000;
const RETRY_MS = 1000;

type Watch = { url: string; version: number; client?: pg.Client; timer?: NodeJS.Timeout; stopped: boolean; ready: Promise<void> };

declare global {
  var __postgresChanges: Watch | undefined;
}

function seen(watch: Watch, value: unknown) {
  const n = Number(value);
  if (Number.isFinite(n) && n > watch.version) watch.version = n;
}

async function readCounter(watch: Watch, client: pg.Client) {
  const { rows } = await client.query<{ version: string }>(`SELECT "version" FROM "register_data_version" WHERE "id" = 1`);
  seen(watch, rows[0]?.version);
}

async function connect(watch: Watch): Promise<void> {
  if (watch.stopped) return;
  const client = new pg.Client({ connectionString: watch.url, application_name: "register-changes" });
  const retry = () => {
    if (watch.client !== client || watch.stopped) return;
    watch.client = undefined;
    void client.end().catch(() => {});
    setTimeout(() => void connect(watch).catch(() => retry()), RETRY_MS).unref();
  };
  client.on("notification", (message) => seen(watch, message.payload));
  client.on("error", retry);
  client.on("end", retry);
  watch.client = client;
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    await readCounter(watch, client); // what was missed while not listening
  } catch {
    retry();
  }
}

/** Starts following the database of `url` (once per process and URL); resolves when listening. */
export function watchPostgresChanges(url: string): Promise<void> {
  const current = globalThis.__postgresChanges;
  if (current?.url === url) return current.ready;
  stopPostgresChanges();
  const watch: Watch = { url, version: 0, stopped: false, ready: Promise.resolve() };
  globalThis.__postgresChanges = watch;
  watch.ready = connect(watch);
  watch.timer = setInterval(() => {
    if (watch.client) void readCounter(watch, watch.client).catch(() => {});
  }, POLL_MS);
  watch.timer.unref();
  watchDatabase(() => globalThis.__postgresChanges?.version ?? 0, "postgresql");
  return watch.ready;
}

/** Stops listening (shutdown, or another database). */
export async function stopPostgresChanges(): Promise<void> {
  const watch = globalThis.__postgresChanges;
  if (!watch) return;
  watch.stopped = true;
  globalThis.__postgresChanges = undefined;
  if (watch.timer) clearInterval(watch.timer);
  const client = watch.client;
  watch.client = undefined;
  await client?.end().catch(() => {});
}
