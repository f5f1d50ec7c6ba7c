import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { attemptLogin } from "~/auth/login.server";
import { loginSchema } from "~/auth/login-schema";
import { getSessionUser, startSession } from "~/auth/session.server";
import { CsrfInput, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { accountText } from "~/i18n/account.en";
import { confirmation } from "~/i18n/confirmation";
import { t } from "~/i18n/en";
import { readForm } from "~/utils/form.server";
import { safeRedirect } from "~/utils/http.server";
import { clientIp } from "~/utils/rate-limit.server";
import { loginThrottle } from "~/auth/login-throttle.server";

export const meta: MetaFunction = () => [{ title: `${t.auth.loginTitle} – ${t.site.name}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirect(url.searchParams.get("redirectTo"));
  if (await getSessionUser(request)) throw redirect(redirectTo);
  return { redirectTo, loggedOut: url.searchParams.has("loggedOut"), done: confirmation(accountText.login.done, url.searchParams.get("done")) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const parsed = parseForm(form, loginSchema);
  const email = typeof parsed.values.email === "string" ? parsed.values.email : "";
  if (!parsed.ok) return data({ errors: parsed.errors, email }, { status: 400 });
  if (!loginThrottle.hit(clientIp(context))) {
    return data({ errors: { email: t.auth.throttled }, email }, { status: 429 });
  }
  const result = await attemptLogin(parsed.data.email, parsed.data.password);
  if (!result.ok) {
    const message = result.reason === "locked" ? t.auth.locked : t.auth.invalid;
    return data({ errors: { email: message }, email }, { status: result.reason === "locked" ? 429 : 400 });
  }
  const cookie = await startSession(request, result.userId);
  throw redirect(safeRedirect(parsed.data.redirectTo), { headers: { "Set-Cookie": cookie } });
}

const LABELS = { email: t.auth.email, password: t.auth.password };

export default function Login() {
  const { redirectTo, loggedOut, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { errors, formProps } = useValidatedForm(loginSchema, { serverErrors: actionData?.errors });
  return (
    <div className="prose">
      <h1>{t.auth.loginTitle}</h1>
      {loggedOut ? (
        <p className="notice notice--success" role="status">
          {t.auth.loggedOut}
        </p>
      ) : null}
      {done && !actionData ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={LABELS} />
      <Form method="post" {...formProps}>
        <CsrfInput />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          name="email"
          label={LABELS.email}
          type="email"
          autoComplete="username"
          spellCheck={false}
          error={errors.email}
          defaultValue={actionData?.email ?? ""}
        />
        <TextField name="password" label={LABELS.password} type="password" autoComplete="current-password" error={errors.password} />
        <button type="submit">{t.auth.submit}</button>
      </Form>
      <p className="muted">
        Accounts are for agency staff, reviewers and administrators. Citizens do not need an account to read the register or send feedback.
      </p>
    </div>
  );
}
