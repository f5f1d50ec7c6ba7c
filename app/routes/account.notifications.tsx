import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ChoiceGroup, CsrfInput } from "~/components/forms";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { confirmation } from "~/i18n/confirmation";
import { metaText } from "~/i18n/meta-text";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useT } from "~/i18n/text";
import { notificationSettings, saveNotificationSettings } from "~/notifications/preferences.server";
import { notificationSettingsSchema } from "~/notifications/settings-schema";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.notifications.settings.title} – ${t.site.name}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { kinds: await notificationSettings(user) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(await readForm(request), notificationSettingsSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  await saveNotificationSettings(user, parsed.data.receive);
  throw redirect(samePrefixPath(request, "/account/notifications?done=saved"));
}

export default function NotificationSettings() {
  const { kinds } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const nt = t.notifications;
  const done = confirmation(nt.settings.done, params.get("done"));
  const { errors, formProps } = useValidatedForm(notificationSettingsSchema, { serverErrors: actionData?.errors });
  const typed = actionData?.values.receive;
  const checked = actionData ? (typed === undefined ? [] : typed) : kinds.filter((k) => k.enabled).map((k) => k.kind);
  return (
    <div className="prose">
      <h1>{nt.settings.title}</h1>
      {done && !actionData ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <p>{nt.settings.intro}</p>
      {kinds.length ? (
        <>
          <ErrorSummary errors={errors} labels={{ receive: nt.settings.legend }} />
          <Form method="post" {...formProps}>
            <CsrfInput />
            <ChoiceGroup
              name="receive"
              type="checkbox"
              legend={nt.settings.legend}
              hint={nt.settings.hint}
              error={errors.receive}
              options={kinds.map(({ kind }) => ({ value: kind, ...nt.settings.kinds[kind] }))}
              defaultValue={checked}
            />
            <button type="submit">{nt.settings.save}</button>
          </Form>
        </>
      ) : (
        <p>{nt.settings.none}</p>
      )}
    </div>
  );
}

export { ErrorBoundary } from "~/root";
