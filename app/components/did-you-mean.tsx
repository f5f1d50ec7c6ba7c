import { Link } from "@remix-run/react";
import { discovery as d } from "~/i18n/discovery.en";

/** "Did you mean …?" above the results, linking to the same search with the corrected words. */
export function DidYouMean({ suggestion }: { suggestion: { q: string; href: string } | null }) {
  if (!suggestion) return null;
  return (
    <p className="notice">
      {d.search.didYouMean}{" "}
      <Link to={suggestion.href}>
        <strong>{suggestion.q}</strong>
      </Link>
    </p>
  );
}
