import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/forms";
import { useLanguage, useT } from "~/i18n/text";
import { refusalMessage } from "./refusals";
import type { SignInOptions } from "./sign-in-options.server";

/**
 * "Sign in with <provider>" buttons: each a plain form post (works without JavaScript) that sends the
 * browser on to the provider; above them, why the last attempt was refused.
 */
export function ProviderSignIn({ options, redirectTo }: { options: SignInOptions; redirectTo: string }) {
  const t = useT();
  const language = useLanguage();
  const { providers, refused } = options;
  return (
    <>
      {refused ? (
        <div className="notice notice--warning" role="alert">
          <p>{refusalMessage(t, refused.reason, refused.provider)}</p>
        </div>
      ) : null}
      {providers.length ? (
        <section aria-labelledby="provider-sign-in">
          <h2 id="provider-sign-in">{t.signIn.providersHeading}</h2>
          <div className="button-row">
            {providers.map((p) => (
              <Form key={p.id} method="post" action={`/auth/oidc/${p.id}`} reloadDocument>
                <CsrfInput />
                <input type="hidden" name="redirectTo" value={redirectTo} />
                <input type="hidden" name="language" value={language} />
                <button type="submit">{t.signIn.withProvider({ provider: p.name })}</button>
              </Form>
            ))}
          </div>
        </section>
      ) : null}
      {options.localPasswords ? null : <p>{t.signIn.localPasswordsOff}</p>}
      {options.localPasswords && providers.length ? <h2>{t.signIn.passwordHeading}</h2> : null}
    </>
  );
}
