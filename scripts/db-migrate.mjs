// `npm run db:migrate`: applies the migrations of DATABASE_URL's engine (PostgreSQL or SQLite).
import { migrate } from "./lib.mjs";
import { setting } from "../app/config/settings.mjs";

migrate(setting("DATABASE_URL"));
