/** One-line guards that turn missing records and refused access into proper HTTP answers. */
export function notFound(message = "Not found"): never {
  throw new Response(message, { status: 404, statusText: "Not Found" });
}

export function forbidden(message = "You do not have permission to do this."): never {
  throw new Response(message, { status: 403, statusText: "Forbidden" });
}

export function badRequest(message = "Bad request"): never {
  throw new Response(message, { status: 400, statusText: "Bad Request" });
}

export function invariantResponse<T>(value: T, message = "Not found", status = 404): asserts value {
  if (!value) throw new Response(message, { status });
}

/** Only same-site relative paths may be used as a redirect target. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/dashboard") {
  if (!to || typeof to !== "string") return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
