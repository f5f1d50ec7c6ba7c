import { linkParts } from "./linkify";

/** Plain text with its web addresses as links; React escapes the text, and the links are marked as user content. */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {linkParts(text).map((part, i) =>
        part.href ? (
          <a key={i} href={part.href} rel="nofollow ugc">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
