import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/guards.server";
import { listOutbox, MAX_ATTEMPTS } from "~/email/email.server";
import { smtpConfig } from "~/email/smtp-config.server";
import { t } from "~/i18n/en";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction = () => [{ title: `Outgoing mail – ${t.nav.admin}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  return { mails: await listOutbox(), smtp: Boolean(smtpConfig()), maxAttempts: MAX_ATTEMPTS };
}

export default function AdminOutbox() {
  const { mails, smtp, maxAttempts } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Outgoing mail</h1>
      <p>
        {smtp
          ? "Mail is sent through the configured SMTP server and kept here. A failed delivery is tried again after 1, 5, 30, 120, 720 and 1,440 minutes."
          : "No SMTP server is configured (SMTP_HOST is not set): mail is kept here and not sent."}
      </p>
      <ScrollTable caption={<>The {mails.length} most recent messages</>}>
        <thead>
          <tr>
            <th scope="col">Created</th>
            <th scope="col">To</th>
            <th scope="col">Subject</th>
            <th scope="col">Delivery</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((m) => (
            <tr key={m.id}>
              <td>{new Date(m.createdAt).toISOString().slice(0, 16).replace("T", " ")}</td>
              <td>{m.to}</td>
              <td>
                <details>
                  <summary>{m.subject}</summary>
                  <p className="feedback-text">{m.text}</p>
                </details>
              </td>
              <td>
                {m.sentAt ? (
                  <span className="tag tag--success">Sent</span>
                ) : m.error ? (
                  <>
                    <span className="tag tag--danger">
                      Failed {m.attempts} {m.attempts === 1 ? "time" : "times"}: {m.error}
                    </span>
                    {m.attempts < maxAttempts ? <> Next try {new Date(m.nextAttemptAt).toISOString().slice(0, 16).replace("T", " ")}</> : <> No more tries.</>}
                  </>
                ) : (
                  <span className="tag">In outbox</span>
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
