import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/forms";
import { threadByWithdrawToken, withdrawFeedback } from "~/feedback/feedback.server";
import { metaText } from "~/feedback/meta-text";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { notFound } from "~/utils/http.server";

export const meta: MetaFunction = ({ matches }) => {
  const t = metaText(matches);
  return [{ title: `${t.feedback.withdraw.title} – ${t.site.name}` }, { name: "robots", content: "noindex" }];
};

// Public: the private token is the only credential, so an unknown token is a plain 404.
export async function loader({ params }: LoaderFunctionArgs) {
  const thread = await threadByWithdrawToken(params.token ?? "");
  if (!thread) notFound();
  return data({ reference: thread.reference, withdrawn: Boolean(thread.withdrawnAt), entry: thread.entry }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await readForm(request);
  const thread = await threadByWithdrawToken(params.token ?? "");
  if (!thread) notFound();
  if (!thread.withdrawnAt) await withdrawFeedback(thread.id);
  return { done: true };
}

export default function WithdrawFeedback() {
  const { reference, withdrawn, entry } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const ft = useT().feedback;
  const to = useLocalePath();
  return (
    <div className="prose">
      <h1>{ft.withdraw.title}</h1>
      <p>
        {ft.withdraw.reference}: <strong>{reference}</strong>, {ft.withdraw.about} <a href={to(`/algorithms/${entry.publicId}`)}>{entry.name}</a>
      </p>
      {actionData?.done ? (
        <p className="notice notice--success" role="status">
          {ft.withdraw.done}
        </p>
      ) : withdrawn ? (
        <p className="notice">{ft.withdraw.already}</p>
      ) : (
        <>
          <p>{ft.withdraw.explain}</p>
          <Form method="post">
            <CsrfInput />
            <button type="submit" className="button--warning">
              {ft.withdraw.confirm}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}

export { ErrorBoundary } from "~/root";
