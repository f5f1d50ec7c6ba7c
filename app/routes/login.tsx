import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { attemptLogin } from "~/auth/login.server";
import { loginSchema } from "~/auth/login-schema";
import { getSessionUser, startSession } from "~/auth/session.server";
import { CsrfInput, ErrorSummary, TextField } from "~/components/forms";
import { useZodForm } from "~/components/use-zod-form";
import { t } from "~/i18n/en";
import { readForm } from "~/utils/form.server";
import { safeRedirect } from "~/utils/http.server";
import { clientIp } from "~/utils/rate-limit.server";
import { loginThrottle } from "~/auth/login-throttle.server";
import { formToObject, issuesToErrors } from "~/utils/validation";

export const meta: MetaFunction = () => [{ title: `${t.auth.loginTitle} – ${t.site.name}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirect(url.searchParams.get("redirectTo"));
  if (await getSessionUser(request)) throw redirect(redirectTo);
  return { redirectTo, loggedOut: url.searchParams.has("loggedOut") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const values = formToObject(form);
  const parsed = loginSchema.safeParse(values);
  const email = typeof values.email === "string" ? values.email : "";
  if (!parsed.success) return data({ errors: issuesToErrors(parsed.error), email }, { status: 400 });
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

export default function Login() {
  const { redirectTo, loggedOut } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { register, errors, onSubmit } = useZodForm(loginSchema, actionData?.errors);
  return (
    <div className="prose">
      <h1>{t.auth.loginTitle}</h1>
      {loggedOut ? <p className="notice notice--success" role="status">{t.auth.loggedOut}</p> : null}
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <CsrfInput />
        <input type="hidden" {...register("redirectTo")} value={redirectTo} />
        <TextField label={t.auth.email} type="email" autoComplete="username" spellCheck={false} error={errors.email} defaultValue={actionData?.email ?? ""} {...register("email")} />
        <TextField label={t.auth.password} type="password" autoComplete="current-password" error={errors.password} {...register("password")} />
        <button type="submit">{t.auth.submit}</button>
      </Form>
      <p className="muted">Accounts are for agency staff, reviewers and administrators. Citizens do not need an account to read the register or send feedback.</p>
    </div>
  );
}
