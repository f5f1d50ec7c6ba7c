// Seeds the demo on first run only: an existing database (any organisation) is left as it is.
import { DEMO_PASSWORD, DEMO_USERS } from "~/demo/demo-users";
import { isEmpty, seedDemo } from "~/demo/seed.server";
import { getDb } from "~/utils/db.server";

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
  .then(() => getDb().$disconnect())
  .catch(async (error) => {
    console.error(error);
    await getDb().$disconnect();
    process.exit(1);
  });
