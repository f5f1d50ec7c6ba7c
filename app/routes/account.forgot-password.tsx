import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { forgotPasswordSchema } from "~/auth/account-security-schemas";
import { loginThrottle } from "~/auth/login-throttle.server";
import { requestPasswordReset } from "~/auth/password-reset.server";
import { PASSWORD_LINK_HOURS } from "~/auth/password-policy";
import { CsrfInput, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { languageOf } from "~/i18n/language.server";
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
  return [{ title: `${t.account.forgot.title} – ${t.site.name}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  requireLocalPasswords(request);
  return { sent: new URL(request.url).searchParams.get("done") === "sent" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  requireLocalPasswords(request);
  const parsed = parseForm(await readForm(request), forgotPasswordSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  if (!(await loginThrottle.hit(clientIp(context))))
    return data({ errors: { email: problem("account.forgot.throttled") }, values: parsed.values }, { status: 429 });
  await requestPasswordReset(parsed.data.email, languageOf(request));
  // The same answer whether or not the address has an account.
  throw redirect(samePrefixPath(request, "/account/forgot-password?done=sent"));
}

export default function ForgotPassword() {
  const t = useT();
  const to = useLocalePath();
  const f = t.account.forgot;
  const labels = { email: f.email };
  const { sent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { errors, formProps } = useValidatedForm(forgotPasswordSchema, { serverErrors: actionData?.errors });
  const typed = actionData?.values.email;
  return (
    <div className="prose">
      <h1>{f.title}</h1>
      {sent && !actionData ? (
        <p className="notice notice--success" role="status">
          {f.sent({ hours: PASSWORD_LINK_HOURS })}
        </p>
      ) : null}
      <p>{f.intro}</p>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" {...formProps}>
        <CsrfInput />
        <TextField
          name="email"
          label={labels.email}
          type="email"
          autoComplete="username"
          spellCheck={false}
          error={errors.email}
          defaultValue={typeof typed === "string" ? typed : ""}
        />
        <button type="submit">{f.submit}</button>
      </Form>
      <p>
        <Link to={to("/login")}>{f.backToLogin}</Link>
      </p>
    </div>
  );
}

export { ErrorBoundary } from "~/root";
