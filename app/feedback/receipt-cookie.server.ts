import { createCookie } from "@remix-run/node";
import { sessionSecret } from "~/utils/secret.server";
import { setting } from "~/config/settings.mjs";

let cookie: ReturnType<typeof createCookie> | undefined;

/** Carries the reference and withdrawal token to the receipt page once, so the token never sits in a URL or log. */
function receiptCookie() {
  cookie ??= createCookie("__feedback_receipt", {
    httpOnly: true,
    sameSite: "lax",
    secure: setting("NODE_ENV") === "production" && !setting("INSECURE_COOKIES"),
    path: "/",
    maxAge: 15 * 60,
    secrets: [sessionSecret()],
  });
  return cookie;
}

export type Receipt = { reference: string; token: string; entry: string };

export function setReceipt(receipt: Receipt) {
  return receiptCookie().serialize(receipt);
}

/** The receipt (if any) and the header that deletes it, so it is shown only once. */
export async function takeReceipt(request: Request): Promise<{ receipt: Receipt | null; clear: string }> {
  const value = await receiptCookie().parse(request.headers.get("Cookie"));
  const receipt = value && typeof value === "object" && typeof value.reference === "string" && typeof value.token === "string" ? (value as Receipt) : null;
  return { receipt, clear: await receiptCookie().serialize("", { maxAge: 0 }) };
}
