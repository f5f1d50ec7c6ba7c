import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { sessionsSchema } from "~/auth/account-security-schemas";
import { requireUser } from "~/auth/guards.server";
import { endOtherSessions, endSessionByHandle, listSessions } from "~/auth/sessions.server";
import { ActionButton, CsrfInput } from "~/components/forms";
import { ScrollTable } from "~/components/scroll-table";
import { parseForm } from "~/forms/parse-form.server";
import { confirmation } from "~/i18n/confirmation";
import { textOf } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { useLanguage, useT } from "~/i18n/text";
import { formatMoment } from "~/utils/format";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.account.sessions.title} – ${t.site.name}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const sessions = await listSessions(request, user.id);
  const done = confirmation(textOf(request).account.sessions.done, new URL(request.url).searchParams.get("done"));
  return { sessions, done };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(await readForm(request), sessionsSchema);
  if (!parsed.ok) return data({ ended: false }, { status: 400 });
  if (parsed.data.intent === "end-others") {
    await endOtherSessions(request, user.id);
    throw redirect(samePrefixPath(request, "/account/sessions?done=others-ended"));
  }
  await endSessionByHandle(request, user.id, parsed.data.session);
  // Ended already (by another tab, or at expiry) reads the same: the session is gone either way.
  throw redirect(samePrefixPath(request, "/account/sessions?done=ended"));
}

export default function AccountSessions() {
  const t = useT();
  const language = useLanguage();
  const s = t.account.sessions;
  const { sessions, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const others = sessions.filter((session) => !session.current);
  return (
    <div className="prose">
      <h1>{s.title}</h1>
      {done && !actionData ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <p>{s.intro}</p>
      <ScrollTable caption={s.title} captionClassName="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{s.columns.device}</th>
            <th scope="col">{s.columns.created}</th>
            <th scope="col">{s.columns.lastSeen}</th>
            <th scope="col">{s.columns.action}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const created = formatMoment(session.createdAt, language);
            const device =
              session.browser && session.system
                ? s.onSystem({ browser: session.browser, system: session.system })
                : (session.browser ?? session.system ?? s.unknownDevice);
            return (
              <tr key={session.handle}>
                <td>{device}</td>
                <td>{created}</td>
                <td>{formatMoment(session.lastSeenAt, language)}</td>
                <td>
                  {session.current ? (
                    <strong>{s.current}</strong>
                  ) : (
                    <Form method="post">
                      <CsrfInput />
                      <input type="hidden" name="session" value={session.handle} />
                      <button type="submit" name="intent" value="end" aria-label={s.endLabel({ created })}>
                        {s.end}
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      {others.length > 0 ? <ActionButton intent="end-others">{s.endOthers}</ActionButton> : <p>{s.noOthers}</p>}
    </div>
  );
}

export { ErrorBoundary } from "~/root";
