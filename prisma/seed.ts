// Seeds the demo on first run only: an existing database (any organisation) is left as it is.
import { DEMO_PASSWORD, DEMO_USERS } from "~/demo/demo-users";
import { isEmpty, seedDemo } from "~/demo/seed.server";
import { closeDatabase } from "~/utils/db.server";

async function main() {
  if (!(await isEmpty())) {
    console.log("→ Database already has data: demo seed skipped.");
    return;
  }
  console.log("→ Seeding the demo (first run only)…");
  await seedDemo();
  console.log(`  Demo accounts (demo only, password "${DEMO_PASSWORD}"):`);
  for (const u of DEMO_USERS) console.log(`    ${u.role.padEnd(9)} ${u.email}`);
}

main()
  // closeDatabase, not $disconnect: on PostgreSQL the data-changed listener's connection would keep the process alive.
  .then(() => closeDatabase())
  .catch(async (error) => {
    console.error(error);
    await closeDatabase();
    process.exit(1);
  });
