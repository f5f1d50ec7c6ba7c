import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/forms";
import { feedbackFormLabels, FeedbackFormFields } from "~/feedback/feedback-form-fields";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { feedbackSchema } from "~/feedback/feedback-schema";
import { publishedEntryForFeedback, submitFeedback } from "~/feedback/feedback.server";
import { metaText } from "~/feedback/meta-text";
import type { FeedbackLimit } from "~/feedback/rate-limits.server";
import { setReceipt } from "~/feedback/receipt-cookie.server";
import { languageOf, pathIn } from "~/i18n/language.server";
import { problem, type MessageKey } from "~/i18n/problem";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";
import { readForm } from "~/utils/form.server";
import { storageUnavailable, UNAVAILABLE, withStorageErrors } from "~/utils/storage-errors.server";
import { notFound } from "~/utils/http.server";
import { clientIp } from "~/utils/rate-limit.server";

const LIMIT_MESSAGES: Record<FeedbackLimit, MessageKey> = {
  address: "feedback.form.rateLimitedIp",
  "address-on-entry": "feedback.form.rateLimitedAddressOnEntry",
  entry: "feedback.form.rateLimitedEntry",
};

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaText(matches);
  return [{ title: `${data ? t.feedback.form.title({ entry: data.entry.name }) : t.feedback.askLink} – ${t.site.name}` }];
};

// Public: no guard, but only published entries take feedback.
export async function loader({ params }: LoaderFunctionArgs) {
  const entry = await publishedEntryForFeedback(params.id ?? "");
  if (!entry) notFound();
  return { entry: { publicId: entry.publicId, name: entry.name, organisation: entry.organisation.name } };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const entry = await publishedEntryForFeedback(params.id ?? "");
  if (!entry) notFound();
  const parsed = parseForm(form, feedbackSchema);
  const values = parsed.values as Record<string, string>;
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  const receipt = await withStorageErrors(() => submitFeedback(entry, parsed.data, { ip: clientIp(context), language: languageOf(request) }));
  if (receipt === UNAVAILABLE) return storageUnavailable(values);
  if (!receipt.ok) return data({ errors: { message: problem(LIMIT_MESSAGES[receipt.limited]) }, values }, { status: 429 });
  throw redirect(pathIn(request, `/algorithms/${entry.publicId}/feedback/received`), {
    headers: { "Set-Cookie": await setReceipt({ ...receipt, entry: entry.publicId }) },
  });
}

export default function FeedbackForm() {
  const { entry } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const to = useLocalePath();
  const { errors, formProps } = useValidatedForm(feedbackSchema, { serverErrors: actionData?.errors });
  return (
    <div className="prose">
      <p>
        <a href={to(`/algorithms/${entry.publicId}`)}>{entry.name}</a> — {entry.organisation}
      </p>
      <h1>{t.feedback.askLink}</h1>
      <p>
        {t.feedback.form.intro} <a href={to("/about/privacy")}>{t.feedback.form.privacy}</a>.
      </p>
      <ErrorSummary errors={errors} labels={feedbackFormLabels(t)} />
      <Form method="post" {...formProps}>
        <CsrfInput />
        <FeedbackFormFields errors={errors} values={(actionData?.values ?? {}) as Record<string, string>} />
        <button type="submit">{t.feedback.form.submit}</button>
      </Form>
    </div>
  );
}

export { ErrorBoundary } from "~/root";
