import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { confirmEnrolmentSchema, disableSchema, renewCodesSchema, securitySchema } from "~/auth/account-security-schemas";
import { requireUser } from "~/auth/guards.server";
import { loginThrottle } from "~/auth/login-throttle.server";
import { confirmEnrolment, disableSecondFactor, renewRecoveryCodes, secondFactorStatus, startEnrolment } from "~/auth/second-factor.server";
import { secondFactorRequiredFor } from "~/auth/second-factor-policy.server";
import { ActionButton, CsrfInput, TextField } from "~/components/forms";
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
import { clientIp } from "~/utils/rate-limit.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.account.security.title} – ${t.site.name}` }];
};

// The key while setting up, and the recovery codes, must not stay in any cache.
export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, { enrolling: true });
  const status = await secondFactorStatus(user.id);
  const done = confirmation(textOf(request).account.security.done, new URL(request.url).searchParams.get("done"));
  return { ...status, required: secondFactorRequiredFor(user.role), done };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, { enrolling: true });
  const parsed = parseForm(await readForm(request), securitySchema, { secret: ["code", "proof", "renewProof"] });
  if (!parsed.ok) return data({ errors: parsed.errors, recoveryCodes: null }, { status: 400 });
  const form = parsed.data;
  if (form.intent === "start") {
    await startEnrolment(user.id);
    throw redirect(samePrefixPath(request, "/account/security"));
  }
  const field = form.intent === "confirm" ? "code" : form.intent === "disable" ? "proof" : "renewProof";
  // Guessing codes or the password through a session left open is slowed down like guessing at sign-in.
  if (!(await loginThrottle.hit(clientIp(context)))) return data({ errors: { [field]: problem("auth.throttled") }, recoveryCodes: null }, { status: 429 });
  if (form.intent === "confirm") {
    const result = await confirmEnrolment(user.id, form.code);
    if (!result.ok) {
      const message = problem(result.reason === "wrong-code" ? "account.security.validation.codeWrong" : "account.security.validation.notStarted");
      return data({ errors: { code: message }, recoveryCodes: null }, { status: 400 });
    }
    // Shown in this answer only: there is no way to see them again.
    return data({ errors: null, recoveryCodes: result.recoveryCodes }, { headers: { "Cache-Control": "no-store" } });
  }
  if (form.intent === "renew-codes") {
    const recoveryCodes = await renewRecoveryCodes(user.id, form.renewProof);
    if (!recoveryCodes) return data({ errors: { renewProof: problem("account.security.validation.proofWrong") }, recoveryCodes: null }, { status: 400 });
    return data({ errors: null, recoveryCodes }, { headers: { "Cache-Control": "no-store" } });
  }
  if (!(await disableSecondFactor(user.id, form.proof)))
    return data({ errors: { proof: problem("account.security.validation.proofWrong") }, recoveryCodes: null }, { status: 400 });
  throw redirect(samePrefixPath(request, "/account/security?done=disabled"));
}

export default function AccountSecurity() {
  const t = useT();
  const to = useLocalePath();
  const s = t.account.security;
  const { enabled, setup, recoveryCodesLeft, required, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // Each form shows only the errors of its own field: the page has up to two forms at once.
  const errorsOf = (field: string) => (actionData?.errors && field in actionData.errors ? actionData.errors : undefined);
  const confirmForm = useValidatedForm(confirmEnrolmentSchema, { serverErrors: errorsOf("code") });
  const disableForm = useValidatedForm(disableSchema, { serverErrors: errorsOf("proof") });
  const renewForm = useValidatedForm(renewCodesSchema, { serverErrors: errorsOf("renewProof") });
  const recoveryCodes = actionData?.recoveryCodes;

  if (recoveryCodes) {
    return (
      <div className="prose">
        <h1>{s.codesTitle}</h1>
        <p className="notice notice--success" role="status">
          {s.statusOn}
        </p>
        <p>{s.codesIntro}</p>
        <ul className="recovery-codes" aria-label={s.codesTitle}>
          {recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <Link to={to("/dashboard")}>{s.continue}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="prose">
      <h1>{s.title}</h1>
      {done && !actionData ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      {required && !enabled ? <p className="notice notice--warning">{s.required}</p> : null}
      <p>{s.intro}</p>
      {enabled ? (
        <>
          <p>{s.statusOn}</p>
          <p>{s.codesLeft({ count: recoveryCodesLeft })}</p>
          <h2>{s.renewTitle}</h2>
          <p>{s.renewIntro}</p>
          <ErrorSummary errors={renewForm.errors} labels={{ renewProof: s.renewProof }} />
          <Form method="post" {...renewForm.formProps}>
            <CsrfInput />
            <input type="hidden" name="intent" value="renew-codes" />
            <TextField name="renewProof" label={s.renewProof} type="password" autoComplete="current-password" error={renewForm.errors.renewProof} />
            <button type="submit">{s.renew}</button>
          </Form>
          <h2>{s.disableTitle}</h2>
          <p>{s.disableIntro}</p>
          <ErrorSummary errors={disableForm.errors} labels={{ proof: s.proof }} />
          <Form method="post" {...disableForm.formProps}>
            <CsrfInput />
            <input type="hidden" name="intent" value="disable" />
            <TextField name="proof" label={s.proof} type="password" autoComplete="current-password" error={disableForm.errors.proof} />
            <button type="submit">{s.disable}</button>
          </Form>
        </>
      ) : setup ? (
        <>
          <h2>{s.scanTitle}</h2>
          <p>{s.scanIntro}</p>
          {/* An SVG the server made from the key (qrcode): no script, no outside address. */}
          <div className="qr-code" role="img" aria-label={s.qrLabel} dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
          <h3>{s.secretTitle}</h3>
          <p>{s.secretIntro}</p>
          <p>
            <code id="totp-secret" className="totp-secret">
              {setup.secret}
            </code>
          </p>
          <h2>{s.confirmTitle}</h2>
          <ErrorSummary errors={confirmForm.errors} labels={{ code: s.code }} />
          <Form method="post" {...confirmForm.formProps}>
            <CsrfInput />
            <input type="hidden" name="intent" value="confirm" />
            <TextField
              name="code"
              label={s.code}
              hint={s.codeHint}
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              error={confirmForm.errors.code}
            />
            <button type="submit">{s.confirm}</button>
          </Form>
        </>
      ) : (
        <>
          <p>{s.statusOff}</p>
          <ActionButton intent="start">{s.start}</ActionButton>
        </>
      )}
      <ul>
        <li>
          <Link to={to("/account/sessions")}>{s.sessionsLink}</Link>
        </li>
        <li>
          <Link to={to("/account/password")}>{s.passwordLink}</Link>
        </li>
      </ul>
    </div>
  );
}

export { ErrorBoundary } from "~/root";
