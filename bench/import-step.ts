// The import step of `npm run bench`: the Dutch register's 1,530-entry listing (from ../shared/data
// when present, else a generated listing of the same size and shape) imported into a fresh migrated
// database (a SQLite FILE, or an empty PostgreSQL database's URL), then imported again unchanged.
// Runs in its own process (tsx bench/import-step.ts FILE|URL)
// so the timing includes starting Prisma, as `npm run import` does; prints one JSON line.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
export const REAL_LISTING = resolve(ROOT, "../shared/data/nl-algoritmeregister-2026-08-08.json");
const RECORDS = 1_530;
const ORGANISATIONS = 336;

/** A listing shaped like the Dutch register's, with its record and organisation counts. */
export function generatedListing() {
  const statuses = ["in_gebruik", "in_ontwikkeling", "buiten_gebruik"];
  return {
    algoritmes: Array.from({ length: RECORDS }, (_, i) => ({
      id: String(20_000_000 + i),
      title: `Algoritme ${i} voor de beoordeling van aanvragen`,
      organisatie: `Gemeente Voorbeeld ${i % ORGANISATIONS}`,
      status: statuses[i % statuses.length],
      doel: `Het algoritme ${i} helpt medewerkers bij het beoordelen van aanvragen. Het rangschikt aanvragen op volledigheid, zodat een medewerker de onvolledige eerst ziet en de aanvrager sneller bericht krijgt.`,
      juridische_basis: i % 2 ? "Algemene wet bestuursrecht" : "",
      impactassessment: ["Ja", "Nee", "Onbekend"][i % 3],
      geregistreerd: "2026-04-07",
      toegevoegd: "2026-05-13",
      url: `https://algoritmes.overheid.nl/nl/algoritme/${20_000_000 + i}`,
    })),
  };
}

async function main(target: string) {
  if (target.startsWith("postgresql:")) process.env.DATABASE_URL = target;
  else {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(target + suffix, { force: true });
    process.env.DATABASE_URL = `file:${target}`;
  }
  execFileSync("npm", ["run", "--silent", "db:migrate"], { cwd: ROOT, env: process.env, stdio: ["ignore", "ignore", "inherit"] });
  const real = existsSync(REAL_LISTING);
  const json: unknown = real ? JSON.parse(readFileSync(REAL_LISTING, "utf8")) : generatedListing();
  const { runImport } = await import("~/imports/import-runner.server");
  const timed = async () => {
    const t0 = performance.now();
    const outcome = await runImport("nl-listing", json);
    if (!outcome.ok) throw new Error(outcome.reason);
    return { seconds: (performance.now() - t0) / 1000, summary: outcome.summary };
  };
  const first = await timed();
  const again = await timed();
  const round = (n: number) => Math.round(n * 100) / 100;
  console.log(
    JSON.stringify({
      source: real ? "nl-algoritmeregister-2026-08-08.json" : "generated listing",
      records: first.summary.created + first.summary.updated + first.summary.unchanged + first.summary.failed.length,
      created: first.summary.created,
      failed: first.summary.failed.length,
      seconds: round(first.seconds),
      recordsPerSecond: Math.round(first.summary.created / first.seconds),
      reimportSeconds: round(again.seconds),
      reimportUnchanged: again.summary.unchanged,
    }),
  );
  const { closeDatabase } = await import("~/utils/db.server");
  await closeDatabase();
}

if (process.argv[1] === import.meta.filename) await main(process.argv[2]);
