import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { setPasswordWithToken } from "~/auth/own-password.server";
import { NewPasswordFields } from "~/auth/new-password-fields";
import { PASSWORD_FIELDS, setPasswordSchema } from "~/auth/password-schema";
import { findUsablePasswordToken } from "~/auth/password-tokens.server";
import { CsrfInput, TextField } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { metaText } from "~/i18n/meta-text";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { requireLocalPasswords } from "~/oidc/local-passwords.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.account.link.title} – ${t.site.name}` }, { name: "robots", content: "noindex" }];
};

// Neither cached nor sent on as a referrer: the address is the credential.
const PRIVATE = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };
const unusable = () => data({ account: null }, { status: 404, headers: PRIVATE });

// Public: the single-use token in the address is the only credential; any token that cannot be used gets the same 404 page.
export async function loader({ params }: LoaderFunctionArgs) {
  const link = await findUsablePasswordToken(params.token ?? "");
  if (!link) return unusable();
  return data({ account: { name: link.user.name, email: link.user.email } }, { headers: PRIVATE });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireLocalPasswords(request);
  const parsed = parseForm(await readForm(request), setPasswordSchema, { secret: PASSWORD_FIELDS });
  if (!(await findUsablePasswordToken(params.token ?? ""))) return unusable();
  if (!parsed.ok) return data({ account: undefined, errors: parsed.errors }, { status: 400, headers: PRIVATE });
  if (!(await setPasswordWithToken(params.token ?? "", parsed.data.newPassword))) return unusable();
  throw redirect(samePrefixPath(request, "/login?done=password-set"));
}

export default function SetPassword() {
  const t = useT();
  const to = useLocalePath();
  const at = t.account;
  const labels = { newPassword: at.change.next, confirmPassword: at.change.confirm };
  const { account } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const form = useValidatedForm(setPasswordSchema, { serverErrors: errors });
  if (!account || actionData?.account === null) {
    return (
      <div className="prose">
        <h1>{at.link.invalidTitle}</h1>
        <p>{at.link.invalid}</p>
        <p>
          <a href={to("/login")}>{at.link.signIn}</a>
        </p>
      </div>
    );
  }
  return (
    <div className="prose">
      <h1>{at.link.title}</h1>
      <p>{at.link.intro({ name: account.name })}</p>
      <ErrorSummary errors={form.errors} labels={labels} />
      <Form method="post" {...form.formProps}>
        <CsrfInput />
        {/* For password managers: the account the new password belongs to. */}
        <TextField name="username" label={at.link.account} type="email" autoComplete="username" value={account.email} readOnly />
        <NewPasswordFields errors={form.errors} />
        <button type="submit">{at.link.submit}</button>
      </Form>
    </div>
  );
}

export { ErrorBoundary } from "~/root";
