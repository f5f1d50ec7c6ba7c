import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { choiceOf, PASSWORD_MIN, sendLinkSchema, userSchema } from "~/admin/user-schema";
import { recordAudit } from "~/audit/audit.server";
import { requirePermission } from "~/auth/guards.server";
import { ROLE_LABELS, ROLES } from "~/auth/roles";
import { ChoiceGroup, CsrfInput, SelectField, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { PASSWORD_LINK_HOURS as HOURS } from "~/auth/password-policy";
import { confirmation } from "~/i18n/confirmation";
import { languageOf, textOf } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useT, type Text } from "~/i18n/text";
import { listOrganisations } from "~/organisations/organisations.server";
import { sendPasswordLink } from "~/users/password-link.server";
import { createUser, listUsers } from "~/users/users.server";
import { readForm } from "~/utils/form.server";
import { notFound } from "~/utils/http.server";
import { ScrollTable } from "~/components/scroll-table";
import { useLanguage } from "~/i18n/text";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.account.admin.title} – ${t.nav.admin}` }];
};

/** The confirmation for a `?done=` key: only these fixed messages. */
function doneMessage(t: Text, key: string | null) {
  const done = t.account.admin.done;
  return confirmation({ created: done.created, "created-link": done["created-link"]({ hours: HOURS }), "link-sent": done["link-sent"]({ hours: HOURS }) }, key);
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const [users, organisations] = await Promise.all([listUsers(), listOrganisations()]);
  return { users, organisations: organisations.map((o) => ({ value: o.id, label: o.name })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:manage");
  const form = await readForm(request);
  if (form.get("intent") === "send-link") {
    const parsed = parseForm(form, sendLinkSchema);
    if (!parsed.ok || !(await sendPasswordLink(parsed.data.userId, admin.id, languageOf(request)))) notFound(textOf(request).account.admin.unknownUser);
    throw redirect(samePrefixPath(request, "/admin/users?done=link-sent"));
  }
  const parsed = parseForm(form, userSchema, { secret: ["password"] });
  const safeValues = parsed.values;
  if (!parsed.ok) return data({ errors: parsed.errors, values: safeValues }, { status: 400 });
  const result = await createUser(parsed.data, languageOf(request));
  if (!result.ok) return data({ errors: result.errors, values: safeValues }, { status: 400 });
  const passwordChoice = choiceOf(parsed.data);
  await recordAudit({
    actorId: admin.id,
    action: "user.created",
    subjectType: "user",
    subjectId: result.id,
    details: { role: parsed.data.role, passwordChoice },
  });
  throw redirect(samePrefixPath(request, `/admin/users?done=${result.linkSent ? "created-link" : "created"}`));
}

export default function AdminUsers() {
  const language = useLanguage();
  const { users, organisations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const at = t.account.admin;
  const labels = at.labels;
  const done = doneMessage(t, params.get("done"));
  const { errors, formProps } = useValidatedForm(userSchema, { serverErrors: actionData?.errors });
  const v = (actionData?.values ?? {}) as Record<string, string>;
  return (
    <>
      <h1>{at.title}</h1>
      {done && !actionData ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <ScrollTable caption={at.accounts({ count: users.length })}>
        <thead>
          <tr>
            <th scope="col">{at.columns.name}</th>
            <th scope="col">{at.columns.email}</th>
            <th scope="col">{at.columns.role}</th>
            <th scope="col">{at.columns.organisation}</th>
            <th scope="col">{at.columns.access}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                {u.name} {u.isDemo ? <span className="tag tag--warning">{at.demo}</span> : null}
              </td>
              <td>{u.email}</td>
              <td>{u.role}</td>
              <td>{u.organisation?.name ?? "—"}</td>
              <td>
                <Form method="post" className="inline-form">
                  <CsrfInput />
                  <input type="hidden" name="userId" value={u.id} />
                  <button type="submit" name="intent" value="send-link" className="button--secondary">
                    {at.sendLink} <span className="visually-hidden">{at.sendLinkTo({ name: u.name })}</span>
                  </button>
                </Form>
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
        <TextField name="name" label={labels.name} error={errors.name} defaultValue={v.name} autoComplete="off" />
        <TextField name="email" label={labels.email} type="email" error={errors.email} defaultValue={v.email} autoComplete="off" />
        <SelectField
          name="role"
          label={labels.role}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][language] }))}
          placeholder={at.chooseRole}
          error={errors.role}
          defaultValue={v.role}
        />
        <SelectField
          name="organisationId"
          label={labels.organisationId}
          hint={at.organisationHint}
          options={organisations}
          placeholder={at.noOrganisation}
          error={errors.organisationId}
          defaultValue={v.organisationId}
        />
        <ChoiceGroup
          name="passwordChoice"
          legend={labels.passwordChoice}
          type="radio"
          options={[
            { value: "link", label: at.choices.link, hint: at.choices.linkHint({ hours: HOURS }) },
            { value: "typed", label: at.choices.typed, hint: at.choices.typedHint },
          ]}
          error={errors.passwordChoice}
          defaultValue={v.passwordChoice ?? "link"}
        />
        <TextField
          name="password"
          label={labels.password}
          hint={at.passwordHint({ min: PASSWORD_MIN })}
          type="password"
          autoComplete="new-password"
          error={errors.password}
        />
        <button type="submit">{at.submit}</button>
      </Form>
    </>
  );
}

export { ErrorBoundary } from "~/root";
