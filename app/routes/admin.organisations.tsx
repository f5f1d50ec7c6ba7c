import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { DEFAULT_COUNTRY, IDENTIFIER_SCHEMES, ORGANISATION_COUNTRIES, ORGANISATION_TYPES, organisationSchema } from "~/admin/organisation-schema";
import { recordAudit } from "~/audit/audit.server";
import { requirePermission } from "~/auth/guards.server";
import { CsrfInput, SelectField, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { t } from "~/i18n/en";
import { createOrganisation, listOrganisations } from "~/organisations/organisations.server";
import { readForm } from "~/utils/form.server";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction = () => [{ title: `Organisations – ${t.nav.admin}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  return { organisations: await listOrganisations() };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:manage");
  const parsed = parseForm(await readForm(request), organisationSchema);
  const { values } = parsed;
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  const result = await createOrganisation(parsed.data);
  if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
  await recordAudit({ actorId: admin.id, action: "organisation.created", subjectType: "organisation", subjectId: result.id });
  throw redirect(`/admin/organisations?created=${encodeURIComponent(result.slug)}`);
}

const LABELS = { name: "Name", type: "Type", identifierScheme: "Identifier scheme", identifier: "Identifier", country: "Country", website: "Website" };

export default function AdminOrganisations() {
  const { organisations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { errors, formProps } = useValidatedForm(organisationSchema, { serverErrors: actionData?.errors });
  const v = (actionData?.values ?? {}) as Record<string, string>;
  return (
    <>
      <h1>Organisations</h1>
      {params.get("created") ? (
        <p className="notice notice--success" role="status">
          Organisation created.
        </p>
      ) : null}
      <ScrollTable caption={<>{organisations.length} organisations</>}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Identifier</th>
            <th scope="col">Country</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id}>
              <td>
                <a href={`/organisations/${o.slug}`}>{o.name}</a>
              </td>
              <td>{ORGANISATION_TYPES.find((x) => x.value === o.type)?.label ?? o.type}</td>
              <td>
                <code>{o.identifierScheme}</code> {o.identifier}
              </td>
              <td>{ORGANISATION_COUNTRIES.find((x) => x.value === o.country)?.label ?? o.country}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h2 id="new">Add an organisation</h2>
      <ErrorSummary errors={errors} labels={LABELS} />
      <Form method="post" {...formProps} aria-labelledby="new">
        <CsrfInput />
        <TextField name="name" label={LABELS.name} error={errors.name} defaultValue={v.name} />
        <SelectField name="type" label={LABELS.type} options={ORGANISATION_TYPES} placeholder="Choose…" error={errors.type} defaultValue={v.type} />
        <SelectField
          name="identifierScheme"
          label={LABELS.identifierScheme}
          options={IDENTIFIER_SCHEMES}
          placeholder="Choose…"
          error={errors.identifierScheme}
          defaultValue={v.identifierScheme}
        />
        <TextField
          name="identifier"
          label={LABELS.identifier}
          hint="A stable identifier in that scheme, for example a TOOI URI"
          error={errors.identifier}
          defaultValue={v.identifier}
        />
        <SelectField
          name="country"
          label={LABELS.country}
          hint="Its public holidays do not count as working days for feedback deadlines"
          options={ORGANISATION_COUNTRIES}
          error={errors.country}
          defaultValue={v.country ?? DEFAULT_COUNTRY}
        />
        <TextField name="website" label={LABELS.website} optional type="url" error={errors.website} defaultValue={v.website} />
        <button type="submit">Add organisation</button>
      </Form>
    </>
  );
}

export { ErrorBoundary } from "~/root";
