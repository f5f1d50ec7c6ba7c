import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { publicOrigin } from "~/config/settings.mjs";
import { metaText } from "~/feedback/meta-text";
import { takeReceipt } from "~/feedback/receipt-cookie.server";
import { pathIn } from "~/i18n/language.server";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";

export const meta: MetaFunction = ({ matches }) => {
  const t = metaText(matches);
  return [{ title: `${t.feedback.receipt.title} – ${t.site.name}` }, { name: "robots", content: "noindex" }];
};

/** Public receipt: shows the reference and the private withdrawal link (in the page's language) once, then forgets them. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { receipt, clear } = await takeReceipt(request);
  const shown =
    receipt && receipt.entry === params.id
      ? { reference: receipt.reference, withdrawUrl: `${publicOrigin()}${pathIn(request, `/feedback/withdraw/${receipt.token}`)}` }
      : null;
  return data({ receipt: shown, entryPublicId: params.id ?? "" }, { headers: { "Set-Cookie": clear, "Cache-Control": "no-store" } });
}

export default function FeedbackReceipt() {
  const { receipt, entryPublicId } = useLoaderData<typeof loader>();
  const ft = useT().feedback;
  const to = useLocalePath();
  return (
    <div className="prose">
      {receipt ? (
        <>
          <div className="notice notice--success">
            <h1>{ft.receipt.title}</h1>
            <p>
              {ft.receipt.reference}: <strong className="feedback-reference">{receipt.reference}</strong>
            </p>
          </div>
          <h2>{ft.receipt.withdrawTitle}</h2>
          <p>{ft.receipt.withdrawIntro}</p>
          <p className="feedback-withdraw-link">
            <a href={receipt.withdrawUrl}>{receipt.withdrawUrl}</a>
          </p>
        </>
      ) : (
        <>
          <h1>{ft.receipt.missingTitle}</h1>
          <p>{ft.receipt.missing}</p>
        </>
      )}
      <p>
        <a href={to(`/algorithms/${entryPublicId}`)}>{ft.receipt.back}</a>
      </p>
    </div>
  );
}

export { ErrorBoundary } from "~/root";
