import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { loginThrottle } from "~/auth/login-throttle.server";
import { changeOwnPassword } from "~/auth/own-password.server";
import { NewPasswordFields } from "~/auth/new-password-fields";
import { changePasswordSchema, PASSWORD_FIELDS } from "~/auth/password-schema";
import { startSession } from "~/auth/session.server";
import { CsrfInput, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { confirmation } from "~/i18n/confirmation";
import { metaText } from "~/i18n/meta-text";
import { problem } from "~/i18n/problem";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { clientIp } from "~/utils/rate-limit.server";
import { requireLocalPasswords } from "~/oidc/local-passwords.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.account.change.title} – ${t.site.name}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  requireLocalPasswords(request);
  const parsed = parseForm(await readForm(request), changePasswordSchema, { secret: PASSWORD_FIELDS });
  if (!parsed.ok) return data({ errors: parsed.errors }, { status: 400 });
  // Guessing the current password through a session left open is slowed down like guessing at sign-in.
  if (!(await loginThrottle.hit(clientIp(context)))) return data({ errors: { currentPassword: problem("account.change.throttled") } }, { status: 429 });
  const result = await changeOwnPassword(user.id, parsed.data.currentPassword, parsed.data.newPassword);
  if (!result.ok) return data({ errors: result.errors }, { status: 400 });
  // Every session of the account has ended; this browser gets a new one.
  throw redirect(samePrefixPath(request, "/account/password?done=changed"), { headers: { "Set-Cookie": await startSession(request, user.id) } });
}

export default function ChangePassword() {
  const t = useT();
  const at = t.account;
  const to = useLocalePath();
  const labels = { currentPassword: at.change.current, newPassword: at.change.next, confirmPassword: at.change.confirm };
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = confirmation(at.change.done, params.get("done"));
  const { errors, formProps } = useValidatedForm(changePasswordSchema, { serverErrors: actionData?.errors });
  return (
    <div className="prose">
      <h1>{at.change.title}</h1>
      {done && !actionData ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <p>{at.change.intro}</p>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" {...formProps}>
        <CsrfInput />
        <TextField name="currentPassword" label={labels.currentPassword} type="password" autoComplete="current-password" error={errors.currentPassword} />
        <NewPasswordFields errors={errors} />
        <button type="submit">{at.change.submit}</button>
      </Form>
      <p>
        <Link to={to("/account/security")}>{at.security.nav}</Link>
      </p>
    </div>
  );
}

export { ErrorBoundary } from "~/root";
