import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { COUNTRY_CODES } from "~content/vocabularies/countries";
import { SUPPLIER_ID_SCHEMES } from "~content/vocabularies/procurement";
import { recordAudit } from "~/audit/audit.server";
import { requireRole } from "~/auth/guards.server";
import { CsrfInput, SelectField, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { inLanguage } from "~/i18n/in-language";
import { languageOf, pathIn } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { useLanguage, useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { countryNameIn } from "~/procurement/country-name";
import { returnWithSupplier } from "~/procurement/registered-supplier";
import { SUPPLIER_STAFF_ROLES } from "~/procurement/supplier-access";
import { supplierSchema } from "~/procurement/supplier-schema";
import { createSupplier } from "~/procurement/suppliers.server";
import { readForm } from "~/utils/form.server";
import { safeRedirect } from "~/utils/http.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args.matches);
  return [{ title: `${t.procurement.register.title} – ${t.site.name}` }];
};

const returnPath = (value: unknown) => (typeof value === "string" && value ? safeRedirect(value, "") : "");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, SUPPLIER_STAFF_ROLES);
  const language = languageOf(request);
  const countries = COUNTRY_CODES.map((code) => ({ value: code, label: `${countryNameIn(code, language)} (${code})` })).sort((a, b) =>
    a.label.localeCompare(b.label, language),
  );
  return { countries, returnTo: returnPath(new URL(request.url).searchParams.get("returnTo")) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, SUPPLIER_STAFF_ROLES);
  const form = await readForm(request);
  const parsed = parseForm(form, supplierSchema);
  const { values } = parsed;
  if (!parsed.ok) return data({ errors: parsed.errors, values, duplicate: null }, { status: 400 });
  const result = await createSupplier(parsed.data);
  if (!result.ok) return data({ errors: result.errors, values, duplicate: result.duplicate ?? null }, { status: 400 });
  await recordAudit({ actorId: user.id, action: "supplier.created", subjectType: "supplier", subjectId: result.id });
  const returnTo = returnPath(values.returnTo);
  // Back on the filing form, the new supplier is selected and a confirmation says so.
  throw redirect(returnTo ? returnWithSupplier(returnTo, result.id) : pathIn(request, `/suppliers/${result.slug}?registered=1`));
}

export default function NewSupplier() {
  const { countries, returnTo } = useLoaderData<typeof loader>();
  const t = useT().procurement;
  const language = useLanguage();
  const to = useLocalePath();
  const LABELS = {
    name: t.register.name,
    scheme: t.register.scheme,
    identifier: t.register.identifier,
    country: t.register.country,
    website: t.register.website,
  };
  const actionData = useActionData<typeof action>();
  const { errors, formProps } = useValidatedForm(supplierSchema, { serverErrors: actionData?.errors });
  const v = (actionData?.values ?? {}) as Record<string, string>;
  const schemes = SUPPLIER_ID_SCHEMES.map((s) => ({ value: s.scheme, label: `${s.scheme}: ${inLanguage(s.label, language)}` }));
  return (
    <div className="prose">
      <h1>{t.register.title}</h1>
      <p>{t.register.intro}</p>
      <ErrorSummary errors={errors} labels={LABELS} />
      {actionData?.duplicate ? (
        <p className="notice notice--warning">
          <a href={to(`/suppliers/${actionData.duplicate.slug}`)}>{t.viewExisting({ name: actionData.duplicate.name })}</a>
        </p>
      ) : null}
      <Form method="post" {...formProps}>
        <CsrfInput />
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextField name="name" label={LABELS.name} hint={t.register.nameHint} autoComplete="organization" error={errors.name} defaultValue={v.name} />
        <SelectField
          name="scheme"
          label={LABELS.scheme}
          hint={t.register.schemeHint}
          options={schemes}
          placeholder={t.register.choose}
          error={errors.scheme}
          defaultValue={v.scheme}
        />
        <TextField
          name="identifier"
          label={LABELS.identifier}
          hint={t.register.identifierHint}
          spellCheck={false}
          error={errors.identifier}
          defaultValue={v.identifier}
        />
        <SelectField
          name="country"
          label={LABELS.country}
          hint={t.register.countryHint}
          optional
          options={countries}
          placeholder={t.register.choose}
          error={errors.country}
          defaultValue={v.country}
        />
        <TextField name="website" label={LABELS.website} optional type="url" spellCheck={false} error={errors.website} defaultValue={v.website} />
        <button type="submit">{t.register.submit}</button>
      </Form>
      {returnTo ? (
        <p>
          <a href={returnTo}>{t.register.back}</a>
        </p>
      ) : null}
    </div>
  );
}

export { ErrorBoundary } from "~/root";
