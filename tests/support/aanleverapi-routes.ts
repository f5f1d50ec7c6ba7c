/**
 * Calls the aanleverapi v1.0 route modules by address, as Remix would: the module and params of a path,
 * the request with a bearer token and a JSON body, and the documented path template of the address.
 */
import * as list from "~/routes/aanleverapi.v1_0.organizations.$organisation_id.algorithms";
import * as one from "~/routes/aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id";
import * as archive from "~/routes/aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.archive_version";
import * as preview from "~/routes/aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.preview";
import * as publish from "~/routes/aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.publish";
import * as release from "~/routes/aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.release";
import * as unarchive from "~/routes/aanleverapi.v1_0.organizations.$organisation_id.algorithms.$algorithm_id.unarchive_version";
import * as published from "~/routes/aanleverapi.v1_0.organizations.$organisation_id.published-algorithms.$algorithm_id";
import * as retract from "~/routes/aanleverapi.v1_0.organizations.$organisation_id.published-algorithms.$algorithm_id.retract";
import * as openapi from "~/routes/aanleverapi.v1_0.openapi[.]json";
import { call } from "./requests";

type Route = { loader?: (args: never) => Promise<Response>; action?: (args: never) => Promise<Response> };
const ACTIONS: Record<string, Route> = { archive_version: archive, unarchive_version: unarchive, preview, publish, release };

export const BASE_PATH = "/aanleverapi/v1_0";

/** The route module, params and documented template of an address under /aanleverapi/v1_0. */
export function routeOf(address: string): { module: Route; params: Record<string, string>; template: string } {
  const rest = address.replace(BASE_PATH, "").split("?")[0];
  if (rest === "/openapi.json") return { module: openapi, params: {}, template: "" };
  const [, , org, kind, id, step] = rest.split("/");
  const params: Record<string, string> = { organisation_id: decodeURIComponent(org), ...(id ? { algorithm_id: id } : {}) };
  if (kind === "published-algorithms") {
    return step
      ? { module: retract, params, template: "/organizations/{organisation_id}/published-algorithms/{algorithm_id}/retract" }
      : { module: published, params, template: "/organizations/{organisation_id}/published-algorithms/{algorithm_id}" };
  }
  if (!id) return { module: list, params, template: "/organizations/{organisation_id}/algorithms" };
  if (!step) return { module: one, params, template: "/organizations/{organisation_id}/algorithms/{algorithm_id}" };
  return { module: ACTIONS[step], params, template: `/organizations/{organisation_id}/algorithms/{algorithm_id}/${step}` };
}

/** One request to the profile through its route module. */
export async function aanlever(
  method: string,
  address: string,
  opts: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}), ...opts.headers };
  const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const request = new Request(`http://localhost${address}`, { method, headers, body });
  const { module, params } = routeOf(address);
  const handler = method === "GET" ? module.loader : module.action;
  const { result, thrown } = await call(handler!, request, params);
  return (result ?? thrown) as Response;
}
