/**
 * The filing API's answers: JSON that is never cached, and RFC 9457 problem details in the request's
 * language (Accept-Language), with one JSON pointer per invalid field in the web form's words.
 */
import { languageOf } from "~/i18n/language.server";
import { showProblem, type MessageKey } from "~/i18n/problem";
import { textFor, type Text } from "~/i18n/text";
import type { Language } from "~/i18n/languages.mjs";
import { isStorageUnavailable } from "~/utils/storage-errors.server";
import { FilingProblem, pointerOf, type FilingProblemStatus } from "./filing-problem";

const TITLES: Record<number, keyof Text["filingApi"]["titles"]> = {
  400: "badRequest",
  403: "forbidden",
  404: "notFound",
  405: "methodNotAllowed",
  409: "conflict",
  412: "preconditionFailed",
  422: "invalid",
  428: "preconditionRequired",
  503: "unavailable",
};

export function jsonAnswer(value: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(value), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

function message(t: Text, detail: FilingProblem["detail"], values: FilingProblem["values"]) {
  if (typeof detail === "object") return showProblem(t, detail.reference);
  const node = detail.split(".").reduce<unknown>((n, part) => (n as Record<string, unknown>)[part], t);
  return typeof node === "function" ? String(node(values)) : String(node);
}

export function problemAnswer(language: Language, p: FilingProblem, headers: Record<string, string> = {}) {
  const t = textFor(language);
  const errors = Object.entries(p.errors).map(([field, detail]) => ({ pointer: pointerOf(field), detail: showProblem(t, detail) }));
  const body = {
    type: "about:blank",
    title: t.filingApi.titles[TITLES[p.status] ?? "badRequest"],
    status: p.status,
    detail: message(t, p.detail, p.values),
    ...(errors.length ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { "Content-Type": "application/problem+json; charset=utf-8", "Content-Language": language, "Cache-Control": "no-store", ...headers },
  });
}

/**
 * Runs one API request: a FilingProblem becomes its problem details; a Response thrown by a guard
 * (the token check's own problem details) is answered as it is; any other refusal by a domain
 * function (a 403 or 404 page) becomes problem details with the same status.
 */
export async function filingRequest(request: Request, handle: (language: Language) => Promise<Response>): Promise<Response> {
  const language = languageOf(request);
  try {
    return await handle(language);
  } catch (error) {
    if (error instanceof FilingProblem) return problemAnswer(language, error);
    if (error instanceof Response) {
      if (error.headers.get("Content-Type")?.includes("problem+json")) return error;
      const status = (error.status in TITLES ? error.status : 400) as FilingProblemStatus;
      const detail: MessageKey = status === 404 ? "filingApi.entryNotFound" : status === 403 ? "filingApi.denied" : "filingApi.notJson";
      return problemAnswer(language, new FilingProblem(status, detail));
    }
    if (isStorageUnavailable(error)) return problemAnswer(language, new FilingProblem(503, "filingApi.unavailable"), { "Retry-After": "60" });
    throw error;
  }
}

/** The request body as JSON, or a 400 problem; with `optional`, an empty body is an empty object. */
export async function jsonBody(request: Request, opts: { optional?: boolean } = {}): Promise<unknown> {
  const text = await request.text();
  if (opts.optional && !text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new FilingProblem(400, "filingApi.notJson");
  }
}

/** 405 for a method the resource does not take. */
export function methodNotAllowed(language: Language, allow: string) {
  return problemAnswer(language, new FilingProblem(405, "filingApi.methodNotAllowed", { allow }), { Allow: allow });
}
