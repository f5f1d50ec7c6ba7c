import { describe, expect, it } from "vitest";
import { checkSettings } from "~/config/settings.mjs";
import { databaseEngine } from "~/utils/db.server";

describe("the database engine, from DATABASE_URL", () => {
  it("is PostgreSQL for postgresql:// and postgres:// URLs, SQLite for file: URLs", () => {
    expect(databaseEngine("postgresql://register@db.example:5432/register")).toBe("postgresql");
    expect(databaseEngine("postgres://register@db.example/register")).toBe("postgresql");
    expect(databaseEngine("file:./data/register.db")).toBe("sqlite");
  });

  it("accepts both kinds of URL and refuses any other engine at start-up, naming DATABASE_URL", () => {
    const base = { SESSION_SECRET: "x".repeat(20) };
    expect(() => checkSettings({ ...base, DATABASE_URL: "postgresql://register@db.example/register" })).not.toThrow();
    expect(() => checkSettings({ ...base, DATABASE_URL: "file:./data/register.db" })).not.toThrow();
    expect(() => checkSettings({ ...base, DATABASE_URL: "mysql://register@db.example/register" })).toThrow(
      /DATABASE_URL must start with file: .* or postgresql:\/\//,
    );
  });

  it("sizes the PostgreSQL pool with DATABASE_POOL_SIZE, a whole number from 1", () => {
    expect(() => checkSettings({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => checkSettings({ DATABASE_POOL_SIZE: "25" })).not.toThrow();
  });
});
