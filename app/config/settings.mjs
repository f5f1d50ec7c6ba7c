// Every environment variable the register reads, declared and validated here and nowhere else.
// Plain JavaScript so that server.mjs (which runs without a build step) reads the same module as the app.
// Values are read when asked for, not once at import: the tests switch databases, SMTP servers and
// content folders between files. Each parsed value is kept until its raw string changes, so a read
// on a hot path (the database URL on every query) is one environment lookup and a string compare.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { LANGUAGES } from "../i18n/languages.mjs";

const flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");
const count = (fallback) => z.coerce.number().int().min(0).default(fallback);
const positive = (fallback) => z.coerce.number().int().min(1).default(fallback);
const origin = z
  .string()
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === "https:" || url.protocol === "http:") && url.origin === v.replace(/\/$/, "");
    } catch {
      return false;
    }
  }, "must be an origin such as https://register.example (scheme and host, no path)")
  .transform((v) => v.replace(/\/$/, ""));
const hostList = z.string().transform((v) =>
  v
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean),
);
const roleList = z
  .string()
  .transform((v) =>
    v
      .split(",")
      .map((r) => r.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(["editor", "approver", "reviewer", "admin"], "must list roles among editor, approver, reviewer, admin, separated by commas")));

const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];
// The roles of app/auth/roles.ts (this module is plain JavaScript and cannot import it).
const oidcRule = z
  .object({
    claim: z.string().min(1).optional(),
    value: z.string().min(1).optional(),
    emailDomain: z
      .string()
      .min(1)
      .transform((v) => v.toLowerCase().replace(/^@/, ""))
      .optional(),
    organisation: z.string().min(1).optional(),
    role: z.enum(["editor", "approver", "reviewer", "admin"]),
  })
  .strict()
  .refine((r) => (r.claim && r.value && !r.emailDomain) || (r.emailDomain && !r.claim && !r.value), "a rule has either claim and value, or emailDomain")
  .refine((r) => r.role === "admin" || r.role === "reviewer" || r.organisation, "an editor or approver rule names an organisation (its slug)");
const oidcProvider = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, "an id is lower-case letters, digits and hyphens"),
    name: z.string().min(1),
    issuer: z.url().refine((v) => {
      const url = new URL(v);
      return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.includes(url.hostname));
    }, "the issuer must be an https address (http only on localhost)"),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    scopes: z.array(z.string().min(1)).default(["openid", "email", "profile"]),
    autoCreate: z.boolean().default(false),
    linkByEmail: z.boolean().default(false),
    rules: z.array(oidcRule).min(1),
  })
  .strict();
/** JSON text (a list of providers) or the path of a JSON file holding it. */
const oidcProviders = z.string().transform((raw, ctx) => {
  let json;
  try {
    json = JSON.parse(raw.trimStart().startsWith("[") ? raw : readFileSync(raw, "utf8"));
  } catch (error) {
    ctx.addIssue({ code: "custom", message: `must be a JSON list of providers or the path of a JSON file holding one (${error.message})` });
    return z.NEVER;
  }
  const result = z.array(oidcProvider).safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    ctx.addIssue({ code: "custom", message: `has a bad provider: ${issue.path.join(".")} ${issue.message}` });
    return z.NEVER;
  }
  const ids = result.data.map((p) => p.id);
  if (new Set(ids).size !== ids.length) {
    ctx.addIssue({ code: "custom", message: "names a provider id twice" });
    return z.NEVER;
  }
  return result.data;
});

/** The settings, with their defaults. README "Settings" lists each one. */
export const SETTINGS = {
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  PUBLIC_ORIGIN: origin.optional(),
  ALLOWED_HOSTS: hostList.default([]),
  BUILD_DIR: z.string().min(1).default("build"),
  // Unset: one process per core in production, one otherwise (server/cluster.mjs).
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (an SQLite file) or postgresql:// (a PostgreSQL database)")
    .default("file:./data/register.db"),
  // Connections each process keeps to PostgreSQL (ignored on SQLite).
  DATABASE_POOL_SIZE: positive(10),
  SEED_DEMO: flag.default(true),
  DEFAULT_LANGUAGE: z.enum(LANGUAGES).default("en"),
  SESSION_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  SECRET_FILE: z.string().min(1).default("data/.session-secret"),
  INSECURE_COOKIES: flag.default(false),
  TRUST_PROXY: flag.default(false),
  MAX_BODY_BYTES: positive(1024 * 1024),
  MAX_IMPORT_BODY_BYTES: positive(12 * 1024 * 1024),
  LOGIN_ATTEMPTS_PER_MINUTE: positive(20),
  REQUIRE_SECOND_FACTOR: roleList.default([]),
  FEEDBACK_PER_ADDRESS: positive(5),
  FEEDBACK_PER_ENTRY: positive(30),
  FEEDBACK_NOTIFY_EMAIL: z.email().optional(),
  API_TOKEN_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
  API_REQUESTS_PER_MINUTE: positive(600),
  PAGE_CACHE: flag.default(true),
  PAGE_CACHE_TTL_MS: count(60_000),
  // Matches of recent search words kept per process, counted in matching entries (about 20 bytes each); 0 keeps none.
  SEARCH_CACHE_ROWS: count(1_000_000),
  CONTENT_DIR: z.string().min(1).default("content"),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_SECURE: flag.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_FROM: z.string().min(3).default("Public Algorithm Register <no-reply@register.invalid>"),
  OUTBOX_RETRY_INTERVAL_MS: positive(60_000),
  ADMIN_PASSWORD: z.string().optional(),
  OIDC_PROVIDERS: oidcProviders.default([]),
  LOCAL_PASSWORDS: flag.default(true),
};

export class SettingsError extends Error {
  constructor(problems) {
    super(`The register cannot start: ${problems.join("; ")}.`);
    this.name = "SettingsError";
    this.problems = problems;
  }
}

const cache = new Map();

function parse(name, raw) {
  // An empty variable counts as unset, as in most deployment tools.
  const result = SETTINGS[name].safeParse(raw === "" ? undefined : raw);
  // A value holding client secrets is not repeated in the message (it would end up in logs).
  const shown = name === "OIDC_PROVIDERS" ? "" : ` (it is "${raw}")`;
  if (!result.success) throw new SettingsError([`${name} ${result.error.issues[0]?.message ?? "is not valid"}${shown}`]);
  return result.data;
}

/**
 * One setting's value.
 * @template {keyof typeof SETTINGS} K
 * @param {K} name
 * @returns {z.output<(typeof SETTINGS)[K]>}
 */
export function setting(name) {
  const raw = process.env[name];
  const hit = cache.get(name);
  if (hit && hit.raw === raw) return hit.value;
  const value = parse(name, raw);
  cache.set(name, { raw, value });
  return value;
}

/**
 * Every setting checked at once, so a bad deployment fails at start-up with every problem named.
 * @param {Record<string, string | undefined>} [env]
 */
export function checkSettings(env = process.env) {
  const problems = [];
  for (const name of Object.keys(SETTINGS)) {
    try {
      parse(name, env[name]);
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (env.NODE_ENV === "production" && !env.PUBLIC_ORIGIN) {
    problems.push(
      "PUBLIC_ORIGIN must be set in production: the address the public uses, such as https://register.example (links in e-mails, feeds and the API are built from it)",
    );
  }
  if (problems.length) throw new SettingsError(problems);
}

/**
 * For start-up scripts: a bad setting ends the process with one clear message, no stack trace.
 * @param {Record<string, string | undefined>} [env]
 */
export function checkSettingsOrExit(env = process.env) {
  try {
    checkSettings(env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
}

/**
 * The origin every absolute link is built from (e-mails, feeds, sitemap, API `url` fields, OpenAPI
 * servers), never the request's Host header. Outside production it falls back to localhost.
 */
export function publicOrigin() {
  return setting("PUBLIC_ORIGIN") ?? `http://localhost:${setting("PORT")}`;
}

export const isProduction = () => setting("NODE_ENV") === "production";
