import { resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
export const TMP = resolve(ROOT, "tests/.tmp");
export const TEMPLATE_DB = resolve(TMP, "template.db");
