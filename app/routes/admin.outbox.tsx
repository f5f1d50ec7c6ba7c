import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/guards.server";
import { listOutbox, MAX_ATTEMPTS } from "~/email/email.server";
import { smtpConfig } from "~/email/smtp-config.server";
import { metaText } from "~/i18n/meta-text";
import { useT } from "~/i18n/text";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.admin.mail.title} – ${t.nav.admin}` }];
};

const minute = (date: string | Date) => new Date(date).toISOString().slice(0, 16).replace("T", " ");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  return { mails: await listOutbox(), smtp: Boolean(smtpConfig()), maxAttempts: MAX_ATTEMPTS };
}

export default function AdminOutbox() {
  const { mails, smtp, maxAttempts } = useLoaderData<typeof loader>();
  const tm = useT().admin.mail;
  return (
    <>
      <h1>{tm.title}</h1>
      <p>{smtp ? tm.viaSmtp : tm.noSmtp}</p>
      <ScrollTable caption={tm.caption({ count: mails.length })}>
        <thead>
          <tr>
            <th scope="col">{tm.columns.created}</th>
            <th scope="col">{tm.columns.to}</th>
            <th scope="col">{tm.columns.subject}</th>
            <th scope="col">{tm.columns.delivery}</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((m) => (
            <tr key={m.id}>
              <td>{minute(m.createdAt)}</td>
              <td>{m.to}</td>
              <td>
                <details>
                  <summary>{m.subject}</summary>
                  <p className="feedback-text">{m.text}</p>
                </details>
              </td>
              <td>
                {m.sentAt ? (
                  <span className="tag tag--success">{tm.sent}</span>
                ) : m.error ? (
                  <>
                    <span className="tag tag--danger">{tm.failed({ count: m.attempts, error: m.error })}</span>{" "}
                    {m.attempts < maxAttempts ? tm.nextTry({ date: minute(m.nextAttemptAt) }) : tm.noMoreTries}
                  </>
                ) : (
                  <span className="tag">{tm.queued}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}

export { ErrorBoundary } from "~/root";
