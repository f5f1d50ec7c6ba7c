import type { LoaderFunctionArgs } from "@remix-run/node";
import { nlStandardResponse } from "~/entries/public-entry.server";

/** `/algorithms/:id.json?format=nl-1.0`: a resource route, so the JSON is sent as is (a page route's loader response would be rendered). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return nlStandardResponse(params.id ?? "", request);
}
