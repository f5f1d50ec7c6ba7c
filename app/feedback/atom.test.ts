import { describe, expect, it } from "vitest";
import { xmlEscape } from "~/exports/xml";
import { readAtom } from "../../tests/support/atom";
import { feedbackAtomFeed } from "./atom";
import type { PublicThread } from "./entry-feedback.server";

const thread: PublicThread = {
  reference: "FB-2026-000001",
  type: "question",
  text: 'Is <this> fair & "transparent"?\u0007',
  status: "answered",
  receivedAt: "2026-03-02T09:00:00.000Z",
  updatedAt: "2026-03-05T10:00:00.000Z",
  answeredAt: "2026-03-05T10:00:00.000Z",
  closedAt: null,
  awaitingDays: null,
  answers: [{ body: "Yes <b>it</b> is. ]]>", at: "2026-03-05T10:00:00.000Z" }],
};

describe("Atom feed", () => {
  it("escapes XML and drops characters XML cannot hold", () => {
    expect(xmlEscape(`<a href="x">&'</a>\u0000`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  });

  it("is well-formed Atom 1.0 with the required feed and entry elements", () => {
    const xml = feedbackAtomFeed({
      origin: "https://register.example",
      entry: { publicId: "12345678", name: "Benefit <fraud> scoring", publishedAt: new Date("2026-01-01") },
      organisationName: "Gemeente A&B",
      threads: [thread],
      language: "en",
    });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const feed = readAtom(xml);
    expect(feed).toMatchObject({
      namespace: "http://www.w3.org/2005/Atom",
      id: "https://register.example/algorithms/12345678/feedback.atom",
      title: "Questions and answers: Benefit <fraud> scoring",
      updated: "2026-03-05T10:00:00.000Z",
      authors: ["Gemeente A&B"],
      self: "https://register.example/algorithms/12345678/feedback.atom",
      alternate: "https://register.example/algorithms/12345678",
    });
    expect(feed.entries).toHaveLength(1);
    const [entry] = feed.entries;
    expect(entry).toMatchObject({
      id: "https://register.example/algorithms/12345678#feedback-FB-2026-000001",
      title: "Question FB-2026-000001",
      updated: "2026-03-05T10:00:00.000Z",
      published: "2026-03-02T09:00:00.000Z",
      link: "https://register.example/algorithms/12345678#feedback-FB-2026-000001",
    });
    // The content is HTML in which what people typed stays text: their markup is escaped, never interpreted.
    expect(entry.content).toContain("<p>Is &lt;this&gt; fair &amp; &quot;transparent&quot;?</p>");
    expect(entry.content).toContain("<p>Answer from Gemeente A&amp;B (2026-03-05):<br>\nYes &lt;b&gt;it&lt;/b&gt; is. ]]&gt;</p>");
    expect(xml).not.toContain("\u0007");
  });

  it("writes its own words in the language asked for, and what people wrote as written", () => {
    const feed = readAtom(
      feedbackAtomFeed({
        origin: "https://register.example",
        entry: { publicId: "12345678", name: "Toeslagen", publishedAt: new Date("2026-01-01") },
        organisationName: "Gemeente Lindewaard",
        threads: [thread],
        language: "nl",
      }),
    );
    expect(feed.title).toBe("Vragen en antwoorden: Toeslagen");
    expect(feed.entries[0].title).toBe("Vraag FB-2026-000001");
    expect(feed.entries[0].content).toContain("Antwoord van Gemeente Lindewaard (2026-03-05):");
    expect(feed.entries[0].content).toContain("Is &lt;this&gt; fair");
    expect(feed.entries[0].content).not.toContain("Answer from");
  });

  it("uses the entry's publication date as updated when there are no threads", () => {
    const feed = readAtom(
      feedbackAtomFeed({
        origin: "https://r.example",
        entry: { publicId: "1", name: "X", publishedAt: new Date("2026-02-01T00:00:00Z") },
        organisationName: "O",
        threads: [],
        language: "en",
      }),
    );
    expect(feed.updated).toBe("2026-02-01T00:00:00.000Z");
    expect(feed.entries).toEqual([]);
  });
});
