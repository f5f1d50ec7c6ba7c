import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { clientActionSchema, createClientSchema, endOfDay } from "~/api/api-client-schema";
import { canManageClientsOf, createApiClient, findApiClient, isActive, listApiClients, revokeApiClient, rotateApiClientSecret } from "~/api/api-clients.server";
import { API_SCOPES, type ApiScope } from "~/api/scopes";
import { requireRole } from "~/auth/guards.server";
import { ChoiceGroup, CsrfInput, SelectField, TextField } from "~/components/forms";
import { ScrollTable } from "~/components/scroll-table";
import { setting } from "~/config/settings.mjs";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { confirmation } from "~/i18n/confirmation";
import { textOf } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { problem } from "~/i18n/problem";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useLanguage, useT } from "~/i18n/text";
import { listOrganisations } from "~/organisations/organisations.server";
import { formatDay } from "~/utils/format";
import { readForm } from "~/utils/form.server";
import { forbidden, notFound } from "~/utils/http.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.apiClients.title} – ${t.site.name}` }];
};

const MANAGERS = ["approver", "admin"] as const;
// The secret is in the answer to the post: no cache may keep it.
const NO_STORE = { "Cache-Control": "no-store" };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, MANAGERS);
  const isAdmin = user.role === "admin";
  if (!isAdmin && !user.organisationId) forbidden();
  const [clients, organisations] = await Promise.all([listApiClients(isAdmin ? null : user.organisationId), isAdmin ? listOrganisations() : []]);
  const now = new Date();
  return {
    isAdmin,
    tokenMinutes: setting("API_TOKEN_MINUTES"),
    clients: clients.map((c) => ({
      id: c.id,
      name: c.name,
      organisationName: c.organisationName,
      scopes: c.scopes,
      expiresAt: c.expiresAt?.toISOString() ?? null,
      lastUsedAt: c.lastUsedAt?.toISOString() ?? null,
      status: c.revokedAt ? ("revoked" as const) : isActive(c, now) ? ("active" as const) : ("expired" as const),
    })),
    organisations: organisations.map((o) => ({ value: o.id, label: o.name })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, MANAGERS);
  const form = await readForm(request);
  if (form.get("intent") === "rotate" || form.get("intent") === "revoke") {
    const parsed = parseForm(form, clientActionSchema);
    const client = parsed.ok ? await findApiClient(parsed.data.clientId) : null;
    if (!parsed.ok || !client || client.revokedAt || !canManageClientsOf(user, client.organisationId)) notFound(textOf(request).apiClients.notFound);
    if (parsed.data.intent === "revoke") {
      await revokeApiClient(client.id, user.id);
      throw redirect(samePrefixPath(request, "/account/api-clients?done=revoked"));
    }
    const secret = await rotateApiClientSecret(client.id, user.id);
    if (!secret) notFound(textOf(request).apiClients.notFound);
    return data({ shown: { kind: "rotated" as const, name: client.name, clientId: client.id, secret }, errors: null, values: null }, { headers: NO_STORE });
  }
  const parsed = parseForm(form, createClientSchema);
  if (!parsed.ok) return data({ shown: null, errors: parsed.errors, values: parsed.values }, { status: 400 });
  const organisationId = user.role === "admin" ? parsed.data.organisationId : user.organisationId;
  const known = organisationId ? (await listOrganisations()).some((o) => o.id === organisationId) : false;
  if (!organisationId || !known || !canManageClientsOf(user, organisationId)) {
    if (user.role !== "admin") forbidden();
    return data({ shown: null, errors: { organisationId: problem("apiClients.validation.organisationMissing") }, values: parsed.values }, { status: 400 });
  }
  const { client, secret } = await createApiClient({
    organisationId,
    name: parsed.data.name,
    scopes: parsed.data.scopes,
    expiresAt: endOfDay(parsed.data.expiresOn),
    createdById: user.id,
  });
  return data(
    { shown: { kind: "created" as const, name: client.name, clientId: client.id, secret }, errors: null, values: null },
    { status: 201, headers: NO_STORE },
  );
}

function ShownSecret({
  shown,
  tokenMinutes,
}: {
  shown: { kind: "created" | "rotated"; name: string; clientId: string; secret: string };
  tokenMinutes: number;
}) {
  const t = useT().apiClients;
  return (
    <section className="notice notice--success" role="status" aria-labelledby="shown-secret">
      <h2 id="shown-secret">{shown.kind === "created" ? t.secret.createdTitle({ name: shown.name }) : t.secret.rotatedTitle({ name: shown.name })}</h2>
      <p>{t.secret.once}</p>
      <dl>
        <dt>{t.secret.clientId}</dt>
        <dd>
          <code>{shown.clientId}</code>
        </dd>
        <dt>{t.secret.secret}</dt>
        <dd>
          <code data-testid="client-secret">{shown.secret}</code>
        </dd>
      </dl>
      {shown.kind === "rotated" ? <p>{t.secret.oldStops({ minutes: tokenMinutes })}</p> : null}
    </section>
  );
}

export default function ApiClients() {
  const { isAdmin, tokenMinutes, clients, organisations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const at = t.apiClients;
  const language = useLanguage();
  const labels = at.labels;
  const done = confirmation(at.done, params.get("done"));
  const { errors, formProps } = useValidatedForm(createClientSchema, { serverErrors: actionData?.errors ?? undefined });
  const v = (actionData?.values ?? {}) as Record<string, string | string[]>;
  const text = (name: string) => (typeof v[name] === "string" ? (v[name] as string) : undefined);
  return (
    <>
      <h1>{at.title}</h1>
      {done && !actionData ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      {actionData?.shown ? <ShownSecret shown={actionData.shown} tokenMinutes={tokenMinutes} /> : null}
      <p>{at.intro}</p>
      <ScrollTable caption={at.list({ count: clients.length })}>
        <thead>
          <tr>
            <th scope="col">{at.columns.name}</th>
            {isAdmin ? <th scope="col">{at.columns.organisation}</th> : null}
            <th scope="col">{at.columns.clientId}</th>
            <th scope="col">{at.columns.scopes}</th>
            <th scope="col">{at.columns.expires}</th>
            <th scope="col">{at.columns.lastUsed}</th>
            <th scope="col">{at.columns.status}</th>
            <th scope="col">{at.columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              {isAdmin ? <td>{c.organisationName}</td> : null}
              <td>
                <code>{c.id}</code>
              </td>
              <td>{c.scopes.join(", ")}</td>
              <td>{formatDay(c.expiresAt, language) || "—"}</td>
              <td>{formatDay(c.lastUsedAt, language) || at.never}</td>
              <td>{at.status[c.status]}</td>
              <td>
                {c.status === "revoked" ? null : (
                  <Form method="post" className="inline-form">
                    <CsrfInput />
                    <input type="hidden" name="clientId" value={c.id} />
                    <button type="submit" name="intent" value="rotate" className="button--secondary">
                      {at.rotate} <span className="visually-hidden">{at.rotateFor({ name: c.name })}</span>
                    </button>{" "}
                    <button type="submit" name="intent" value="revoke" className="button--secondary">
                      {at.revoke} <span className="visually-hidden">{at.revokeFor({ name: c.name })}</span>
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h2 id="new">{at.createTitle}</h2>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" {...formProps} aria-labelledby="new">
        <CsrfInput />
        <input type="hidden" name="intent" value="create" />
        <TextField name="name" label={labels.name} hint={at.nameHint} error={errors.name} defaultValue={text("name")} autoComplete="off" />
        {isAdmin ? (
          <SelectField
            name="organisationId"
            label={labels.organisationId}
            options={organisations}
            placeholder={at.chooseOrganisation}
            error={errors.organisationId}
            defaultValue={text("organisationId")}
          />
        ) : null}
        <ChoiceGroup
          name="scopes"
          legend={labels.scopes}
          hint={at.scopesHint}
          type="checkbox"
          options={API_SCOPES.map((s: ApiScope) => ({ value: s, label: at.scopeLabels[s] }))}
          error={errors.scopes}
          defaultValue={v.scopes ?? []}
        />
        <TextField name="expiresOn" label={labels.expiresOn} hint={at.expiresHint} type="date" error={errors.expiresOn} defaultValue={text("expiresOn")} />
        <button type="submit">{at.submit}</button>
      </Form>
    </>
  );
}

export { ErrorBoundary } from "~/root";
