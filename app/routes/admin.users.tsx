import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { PASSWORD_MIN, userSchema } from "~/admin/user-schema";
import { recordAudit } from "~/audit/audit.server";
import { requirePermission } from "~/auth/guards.server";
import { ROLE_LABELS, ROLES } from "~/auth/roles";
import { CsrfInput, SelectField, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { t } from "~/i18n/en";
import { listOrganisations } from "~/organisations/organisations.server";
import { createUser, listUsers } from "~/users/users.server";
import { readForm } from "~/utils/form.server";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction = () => [{ title: `Users – ${t.nav.admin}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const [users, organisations] = await Promise.all([listUsers(), listOrganisations()]);
  return { users, organisations: organisations.map((o) => ({ value: o.id, label: o.name })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:manage");
  const parsed = parseForm(await readForm(request), userSchema, { secret: ["password"] });
  const safeValues = parsed.values;
  if (!parsed.ok) return data({ errors: parsed.errors, values: safeValues }, { status: 400 });
  const result = await createUser(parsed.data);
  if (!result.ok) return data({ errors: result.errors, values: safeValues }, { status: 400 });
  await recordAudit({ actorId: admin.id, action: "user.created", subjectType: "user", subjectId: result.id, details: { role: parsed.data.role } });
  throw redirect("/admin/users?created=1");
}

const LABELS = { name: "Full name", email: "Email address", role: "Role", organisationId: "Organisation", password: "Initial password" };

export default function AdminUsers() {
  const { users, organisations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { errors, formProps } = useValidatedForm(userSchema, { serverErrors: actionData?.errors });
  const v = (actionData?.values ?? {}) as Record<string, string>;
  return (
    <>
      <h1>Users</h1>
      {params.get("created") ? (
        <p className="notice notice--success" role="status">
          Account created. Send the person their initial password by a separate, secure channel and ask them to change it.
        </p>
      ) : null}
      <ScrollTable caption={<>{users.length} accounts</>}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Organisation</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                {u.name} {u.isDemo ? <span className="tag tag--warning">demo</span> : null}
              </td>
              <td>{u.email}</td>
              <td>{u.role}</td>
              <td>{u.organisation?.name ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h2 id="new">Create an account</h2>
      <ErrorSummary errors={errors} labels={LABELS} />
      <Form method="post" {...formProps} aria-labelledby="new">
        <CsrfInput />
        <TextField name="name" label={LABELS.name} error={errors.name} defaultValue={v.name} autoComplete="off" />
        <TextField name="email" label={LABELS.email} type="email" error={errors.email} defaultValue={v.email} autoComplete="off" />
        <SelectField
          name="role"
          label={LABELS.role}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          placeholder="Choose…"
          error={errors.role}
          defaultValue={v.role}
        />
        <SelectField
          name="organisationId"
          label={LABELS.organisationId}
          hint="Required for editors and approvers"
          options={organisations}
          placeholder="None"
          error={errors.organisationId}
          defaultValue={v.organisationId}
        />
        <TextField
          name="password"
          label={LABELS.password}
          hint={`At least ${PASSWORD_MIN} characters. The person should change it after signing in.`}
          type="password"
          autoComplete="new-password"
          error={errors.password}
        />
        <button type="submit">Create account</button>
      </Form>
    </>
  );
}

export { ErrorBoundary } from "~/root";
