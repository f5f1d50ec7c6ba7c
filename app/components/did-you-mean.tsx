import { Link } from "@remix-run/react";
import { useT } from "~/i18n/text";

/** "Did you mean …?" above the results, linking to the same search with the corrected words. */
export function DidYouMean({ suggestion }: { suggestion: { q: string; href: string } | null }) {
  const t = useT();
  if (!suggestion) return null;
  return (
    <p className="notice">
      {t.discovery.search.didYouMean}{" "}
      <Link to={suggestion.href}>
        <strong>{suggestion.q}</strong>
      </Link>
    </p>
  );
}
