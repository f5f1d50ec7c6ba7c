import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths";

const DIR = resolve(ROOT, "content/decisions");
const records = readdirSync(DIR)
  .filter((f) => f.endsWith(".md"))
  .map((file) => ({ file, text: readFileSync(resolve(DIR, file), "utf8") }));

describe("decision records", () => {
  it("each have a numbered title matching the file, a date, a status and the three sections", () => {
    for (const { file, text } of records) {
      expect(text, file).toMatch(new RegExp(`^# ${file.slice(0, 3)} \\S`));
      expect(text, file).toMatch(/^Date: \d{4}-\d{2}-\d{2}/m);
      expect(text, file).toMatch(/^Status: \S/m);
      for (const section of ["Context", "Decision", "Consequences"]) expect(text, file).toContain(`\n## ${section}\n`);
    }
  });

  it("name only files that exist and decisions that exist", () => {
    const numbers = new Set(records.map((r) => Number(r.file.slice(0, 3))));
    for (const { file, text } of records) {
      for (const [, path] of text.matchAll(/`((?:app|server|content|prisma|scripts|tests)\/[^`\s]+\.[a-z]+)`/g))
        expect(existsSync(resolve(ROOT, path)), `${file}: ${path}`).toBe(true);
      for (const [, n] of text.matchAll(/\bdecisions? (\d{3})\b/g)) expect(numbers.has(Number(n)), `${file}: decision ${n}`).toBe(true);
    }
  });
});
