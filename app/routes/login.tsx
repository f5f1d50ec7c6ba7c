import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { attemptLogin } from "~/auth/login.server";
import { loginSchema } from "~/auth/login-schema";
import { getSessionUser } from "~/auth/session.server";
import { finishPasswordStep } from "~/auth/sign-in.server";
import { CsrfInput, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { confirmation } from "~/i18n/confirmation";
import { textOf } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { problem } from "~/i18n/problem";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { safeRedirect } from "~/utils/http.server";
import { clientIp } from "~/utils/rate-limit.server";
import { loginThrottle } from "~/auth/login-throttle.server";
import { requireLocalPasswords } from "~/oidc/local-passwords.server";
import { ProviderSignIn } from "~/oidc/provider-sign-in";
import { signInOptions } from "~/oidc/sign-in-options.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.auth.loginTitle} – ${t.site.name}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirect(url.searchParams.get("redirectTo"), samePrefixPath(request, "/dashboard"));
  if (await getSessionUser(request)) throw redirect(redirectTo);
  const done = confirmation(textOf(request).account.login.done, url.searchParams.get("done"));
  return { redirectTo, loggedOut: url.searchParams.has("loggedOut"), done, signIn: signInOptions(url) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  requireLocalPasswords(request);
  const form = await readForm(request);
  const parsed = parseForm(form, loginSchema);
  const email = typeof parsed.values.email === "string" ? parsed.values.email : "";
  if (!parsed.ok) return data({ errors: parsed.errors, email }, { status: 400 });
  if (!(await loginThrottle.hit(clientIp(context)))) {
    return data({ errors: { email: problem("auth.throttled") }, email }, { status: 429 });
  }
  const result = await attemptLogin(parsed.data.email, parsed.data.password);
  if (!result.ok) {
    const message = problem(result.reason === "locked" ? "auth.locked" : "auth.invalid");
    return data({ errors: { email: message }, email }, { status: result.reason === "locked" ? 429 : 400 });
  }
  return finishPasswordStep(request, result.userId, safeRedirect(parsed.data.redirectTo, samePrefixPath(request, "/dashboard")));
}

export default function Login() {
  const t = useT();
  const to = useLocalePath();
  const labels = { email: t.auth.email, password: t.auth.password };
  const { redirectTo, loggedOut, done, signIn } = useLoaderData<typeof loader>();
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
      <ProviderSignIn options={signIn} redirectTo={redirectTo} />
      {signIn.localPasswords ? <ErrorSummary errors={errors} labels={labels} /> : null}
      <Form method="post" {...formProps} hidden={!signIn.localPasswords}>
        <CsrfInput />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          name="email"
          label={labels.email}
          type="email"
          autoComplete="username"
          spellCheck={false}
          error={errors.email}
          defaultValue={actionData?.email ?? ""}
        />
        <TextField name="password" label={labels.password} type="password" autoComplete="current-password" error={errors.password} />
        <button type="submit">{t.auth.submit}</button>
      </Form>
      {signIn.localPasswords ? (
        <p>
          <Link to={to("/account/forgot-password")}>{t.account.login.forgot}</Link>
        </p>
      ) : null}
      <p className="muted">{t.auth.intro}</p>
    </div>
  );
}
