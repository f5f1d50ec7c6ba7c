import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchema } from "../../scripts/postgres-schema.mjs";

describe("the PostgreSQL Prisma schema", () => {
  it("is the one scripts/postgres-schema.mjs writes from prisma/schema.prisma (run `npm run db:postgres-schema` after changing the models)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("has the same models on the postgresql provider, generated to its own client", () => {
    const sqlite = readFileSync(SQLITE_SCHEMA, "utf8");
    const pg = postgresSchema(sqlite);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).not.toContain('"sqlite"');
    expect(pg).toContain("app/generated/prisma-pg");
    const models = (text: string) => [...text.matchAll(/^model (\w+) \{[\s\S]*?^\}/gm)].map((m) => m[0]);
    expect(models(pg)).toEqual(models(sqlite));
    expect(models(pg).length).toBeGreaterThan(10);
  });

  it("refuses a schema whose datasource it does not recognise, instead of writing a wrong one", () => {
    expect(() => postgresSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/expected form/);
  });
});
