import type { ActionFunctionArgs } from "@remix-run/node";
import { tokenEndpoint } from "~/api/token-endpoint.server";
import { clientIp } from "~/utils/rate-limit.server";

export async function loader() {
  return new Response(JSON.stringify({ error: "invalid_request", error_description: "Use POST (RFC 6749 §4.4.2)." }), {
    status: 405,
    headers: { Allow: "POST", "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== "POST") return loader();
  return tokenEndpoint(request, clientIp(context));
}
