import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { signInCodeSchema } from "~/auth/account-security-schemas";
import { lockedUntil, recordFailedSignIn } from "~/auth/login.server";
import { loginThrottle } from "~/auth/login-throttle.server";
import { verifySecondFactor } from "~/auth/second-factor.server";
import { clearPendingSignIn, finishCodeStep, readPendingSignIn } from "~/auth/sign-in.server";
import { CsrfInput, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { metaText } from "~/i18n/meta-text";
import { problem } from "~/i18n/problem";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useT } from "~/i18n/text";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { clientIp } from "~/utils/rate-limit.server";
import { requireLocalPasswords } from "~/oidc/local-passwords.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.account.code.title} – ${t.site.name}` }];
};

/** Without a password just checked in this browser, back to the first step. */
async function backToPassword(request: Request): Promise<never> {
  throw redirect(samePrefixPath(request, "/login"), { headers: { "Set-Cookie": await clearPendingSignIn() } });
}

export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await readPendingSignIn(request))) await backToPassword(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  requireLocalPasswords(request);
  const form = await readForm(request);
  const pending = await readPendingSignIn(request);
  if (!pending) return backToPassword(request);
  const parsed = parseForm(form, signInCodeSchema, { secret: ["code"] });
  if (!parsed.ok) return data({ errors: parsed.errors }, { status: 400 });
  if (!(await loginThrottle.hit(clientIp(context)))) return data({ errors: { code: problem("auth.throttled") } }, { status: 429 });
  const user = await db.user.findUnique({ where: { id: pending.userId }, select: { id: true, lockedUntil: true } });
  if (!user) return backToPassword(request);
  if (await lockedUntil(user)) return data({ errors: { code: problem("auth.locked") } }, { status: 429 });
  const method = await verifySecondFactor(user.id, parsed.data.code);
  if (!method) {
    const failed = await recordFailedSignIn(user.id, "code");
    const locked = failed.reason === "locked";
    return data({ errors: { code: problem(locked ? "auth.locked" : "account.code.wrong") } }, { status: locked ? 429 : 400 });
  }
  return finishCodeStep(request, pending, method);
}

export default function SignInCode() {
  const t = useT();
  const labels = { code: t.account.code.code };
  const actionData = useActionData<typeof action>();
  const { errors, formProps } = useValidatedForm(signInCodeSchema, { serverErrors: actionData?.errors });
  return (
    <div className="prose">
      <h1>{t.account.code.title}</h1>
      <p>{t.account.code.intro}</p>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" {...formProps}>
        <CsrfInput />
        <TextField
          name="code"
          label={labels.code}
          hint={t.account.code.hint}
          autoComplete="one-time-code"
          inputMode="text"
          spellCheck={false}
          autoCapitalize="none"
          error={errors.code}
        />
        <button type="submit">{t.account.code.submit}</button>
      </Form>
    </div>
  );
}

export { ErrorBoundary } from "~/root";
