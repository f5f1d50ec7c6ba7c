import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireApiClient } from "~/api/api-auth.server";
import type { ApiScope } from "~/api/scopes";
import { ownEntry, stepInputFromBody, takeStep, type FilingStep } from "~/api/filing.server";
import { FilingProblem } from "~/api/filing-problem";
import { filingRequest, jsonBody, methodNotAllowed } from "~/api/filing-http.server";
import { draftAnswer } from "~/api/filing-json.server";

/** The workflow steps by their address, each with the scope it needs (the approver's steps need entries:publish). */
const STEPS: Record<string, { step: FilingStep; scope: ApiScope }> = {
  submit: { step: "submit", scope: "entries:submit" },
  publish: { step: "publish", scope: "entries:publish" },
  "request-changes": { step: "request_changes", scope: "entries:publish" },
  retire: { step: "archive", scope: "entries:publish" },
};

export async function loader({ request }: LoaderFunctionArgs) {
  return filingRequest(request, async (language) => methodNotAllowed(language, "POST"));
}

/**
 * POST /api/v1/drafts/{id}/submit | publish | request-changes | retire, with the same rules as the staff
 * pages. Body (optional for submit): `comment` (request-changes, retire) and `change_note` (publish); an
 * If-Match on publish refuses (412) a draft that changed since the client read it.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  return filingRequest(request, async (language) => {
    const known = STEPS[params.step ?? ""];
    if (!known) throw new FilingProblem(404, "filingApi.entryNotFound");
    if (request.method !== "POST") return methodNotAllowed(language, "POST");
    const client = await requireApiClient(request, known.scope);
    const input = stepInputFromBody(await jsonBody(request, { optional: true }));
    const ifMatch = request.headers.get("If-Match");
    const revision = known.step === "publish" && ifMatch && ifMatch.trim() !== "*" ? ifMatch.trim().replace(/^"|"$/g, "") : undefined;
    await takeStep(client, params.id ?? "", known.step, { ...input, revision });
    return draftAnswer(await ownEntry(client, params.id ?? ""), language);
  });
}
