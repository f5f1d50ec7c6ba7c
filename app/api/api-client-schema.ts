/** The forms of /account/api-clients, checked by the action and in the browser. */
import { z } from "zod";
import { problem } from "~/i18n/problem";
import { API_SCOPES } from "./scopes";

export const MAX_CLIENT_DAYS = 731;
const DAY_MS = 24 * 3600_000;

/** One checkbox per scope, all named `scopes`: none ticked posts nothing, one posts a string. */
const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The last moment of a day typed as YYYY-MM-DD (UTC), or null when it is no real date. */
export function endOfDay(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T23:59:59.999Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : date;
}

export const createClientSchema = z
  .object({
    intent: z.literal("create"),
    name: z
      .string()
      .trim()
      .min(1, problem("apiClients.validation.nameMissing"))
      .max(100, problem("forms.validation.tooLong", { max: 100 })),
    organisationId: z.string().max(100).optional(),
    scopes: z.preprocess(
      asList,
      z.array(z.enum(API_SCOPES, { message: problem("forms.validation.unknownOption") })).min(1, problem("apiClients.validation.scopesMissing")),
    ),
    expiresOn: z.string().trim().min(1, problem("apiClients.validation.expiresMissing")).max(10, problem("apiClients.validation.expiresFormat")),
  })
  .superRefine((v, ctx) => {
    if (!v.expiresOn) return;
    const end = endOfDay(v.expiresOn);
    const now = Date.now();
    const message = !end
      ? problem("apiClients.validation.expiresFormat")
      : end.getTime() - DAY_MS < now
        ? problem("apiClients.validation.expiresPast")
        : end.getTime() > now + MAX_CLIENT_DAYS * DAY_MS
          ? problem("apiClients.validation.expiresTooFar")
          : null;
    if (message) ctx.addIssue({ code: "custom", path: ["expiresOn"], message });
  });

/** "New secret" and "Revoke" on a row of the list. */
export const clientActionSchema = z.object({ intent: z.enum(["rotate", "revoke"]), clientId: z.string().min(1).max(100) });
