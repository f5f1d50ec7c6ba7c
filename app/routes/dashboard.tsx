import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { roleLabel, type Role } from "~/auth/roles";
import { EntriesPanel } from "~/dashboard/entries-panel";
import { entriesPanel } from "~/dashboard/entries-panel.server";
import { FeedbackPanel } from "~/dashboard/feedback-panel";
import { feedbackPanel } from "~/dashboard/feedback-panel.server";
import { ReviewPanel } from "~/dashboard/review-panel";
import { reviewPanel } from "~/dashboard/review-panel.server";
import { metaText } from "~/i18n/meta-text";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { kindsForRole } from "~/notifications/kinds";
import { useLanguage } from "~/i18n/text";

export const meta: MetaFunction = (args) => {
  const t = metaText(args);
  return [{ title: `${t.nav.dashboard} – ${t.site.name}` }];
};

/** Each panel decides for itself, on the server, what this user may see (null when nothing). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [entries, review, feedback] = await Promise.all([entriesPanel(user), reviewPanel(user), feedbackPanel(user)]);
  return {
    user: { name: user.name, role: user.role as Role, organisation: user.organisation },
    entries,
    review,
    feedback,
  };
}

export default function Dashboard() {
  const { user, entries, review, feedback } = useLoaderData<typeof loader>();
  const language = useLanguage();
  const t = useT();
  const to = useLocalePath();
  return (
    <>
      <h1>{t.nav.dashboard}</h1>
      <p>
        {t.dashboard.signedInAs} <strong>{user.name}</strong> — {roleLabel(user.role, language)}
        {user.organisation ? (
          <>
            , <a href={to(`/organisations/${user.organisation.slug}`)}>{user.organisation.name}</a>
          </>
        ) : null}
        .
      </p>
      {user.role === "admin" ? (
        <p>
          <a href={to("/admin")}>{t.dashboard.goToAdmin}</a>
        </p>
      ) : null}
      {user.role === "approver" || user.role === "admin" ? (
        <p>
          <a href={to("/entries/bulk")}>{t.bulk.title}</a>
        </p>
      ) : null}
      {kindsForRole(user.role).length ? (
        <p>
          <a href={to("/account/notifications")}>{t.notifications.settings.link}</a>
        </p>
      ) : null}
      <EntriesPanel data={entries as never} />
      <ReviewPanel data={review as never} />
      <FeedbackPanel data={feedback as never} />
    </>
  );
}

export { ErrorBoundary } from "~/root";
