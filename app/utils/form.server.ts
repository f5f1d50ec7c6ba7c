import { CSRF_FIELD, isValidCsrf } from "./csrf.server";

export const MAX_FORM_BYTES = 512 * 1024;
const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

function reject(status: number, message: string): never {
  throw new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * The first line of every action: checks content type, size and the CSRF token,
 * and answers 4xx (never a crash) when the post is malformed.
 */
export async function readForm(request: Request, { maxBytes = MAX_FORM_BYTES } = {}): Promise<FormData> {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0].trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) reject(415, "This address accepts form submissions only.");
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > maxBytes) reject(413, "The form is too large.");
  let form: FormData;
  try {
    const body = await request.arrayBuffer();
    if (body.byteLength > maxBytes) reject(413, "The form is too large.");
    form = await new Response(body, { headers: { "Content-Type": request.headers.get("Content-Type")! } }).formData();
  } catch (error) {
    if (error instanceof Response) throw error;
    reject(400, "The form could not be read.");
  }
  if (!(await isValidCsrf(request, form.get(CSRF_FIELD)))) {
    reject(403, "This form has expired or did not come from this site. Go back, reload the page and try again.");
  }
  return form;
}

export function formString(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
