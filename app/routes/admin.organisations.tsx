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
import { metaText } from "~/i18n/meta-text";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { createOrganisation, listOrganisations } from "~/organisations/organisations.server";
import { readForm } from "~/utils/form.server";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.admin.organisation.title} – ${t.nav.admin}` }];
};

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
  throw redirect(samePrefixPath(request, `/admin/organisations?created=${encodeURIComponent(result.slug)}`));
}

/** The label of a value in the page's language, or the value itself when the catalogue does not know it. */
const labelOf = (labels: Record<string, string>, value: string) => labels[value] ?? value;

export default function AdminOrganisations() {
  const { organisations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const to = useLocalePath();
  const ot = t.admin.organisation;
  const labels = ot.labels;
  const options = (list: ReadonlyArray<{ value: string }>, names: Record<string, string>) => list.map(({ value }) => ({ value, label: labelOf(names, value) }));
  const { errors, formProps } = useValidatedForm(organisationSchema, { serverErrors: actionData?.errors });
  const v = (actionData?.values ?? {}) as Record<string, string>;
  return (
    <>
      <h1>{ot.title}</h1>
      {params.get("created") ? (
        <p className="notice notice--success" role="status">
          {ot.created}
        </p>
      ) : null}
      <ScrollTable caption={ot.count({ count: organisations.length })}>
        <thead>
          <tr>
            <th scope="col">{ot.columns.name}</th>
            <th scope="col">{ot.columns.type}</th>
            <th scope="col">{ot.columns.identifier}</th>
            <th scope="col">{ot.columns.country}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id}>
              <td>
                <a href={to(`/organisations/${o.slug}`)}>{o.name}</a>
              </td>
              <td>{labelOf(ot.types, o.type)}</td>
              <td>
                <code>{o.identifierScheme}</code> {o.identifier}
              </td>
              <td>{labelOf(ot.countries, o.country)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h2 id="new">{ot.addTitle}</h2>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" {...formProps} aria-labelledby="new">
        <CsrfInput />
        <TextField name="name" label={labels.name} error={errors.name} defaultValue={v.name} />
        <SelectField
          name="type"
          label={labels.type}
          options={options(ORGANISATION_TYPES, ot.types)}
          placeholder={ot.choose}
          error={errors.type}
          defaultValue={v.type}
        />
        <SelectField
          name="identifierScheme"
          label={labels.identifierScheme}
          options={options(IDENTIFIER_SCHEMES, ot.schemes)}
          placeholder={ot.choose}
          error={errors.identifierScheme}
          defaultValue={v.identifierScheme}
        />
        <TextField name="identifier" label={labels.identifier} hint={ot.identifierHint} error={errors.identifier} defaultValue={v.identifier} />
        <SelectField
          name="country"
          label={labels.country}
          hint={ot.countryHint}
          options={options(ORGANISATION_COUNTRIES, ot.countries)}
          error={errors.country}
          defaultValue={v.country ?? DEFAULT_COUNTRY}
        />
        <TextField name="website" label={labels.website} optional type="url" error={errors.website} defaultValue={v.website} />
        <button type="submit">{ot.submit}</button>
      </Form>
    </>
  );
}

export { ErrorBoundary } from "~/root";
