import { describe, expect, it } from "vitest";
import { feedbackAtomFeed, xmlEscape } from "./atom";
import type { PublicThread } from "./entry-feedback.server";

const thread: PublicThread = {
  reference: "FB-2026-000001",
  type: "question",
  text: "Is <this> fair & \"transparent\"?\u0007",
  status: "answered",
  receivedAt: "2026-03-02T09:00:00.000Z",
  updatedAt: "2026-03-05T10:00:00.000Z",
  answeredAt: "2026-03-05T10:00:00.000Z",
  closedAt: null,
  awaitingDays: null,
  answers: [{ body: "Yes <b>it</b> is.", at: "2026-03-05T10:00:00.000Z" }],
};

/** Minimal well-formedness check: every element closes in order and no raw markup characters leak into text. */
function checkWellFormed(xml: string) {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of body.matchAll(tag)) {
    const text = body.slice(last, m.index);
    expect(text).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
    last = m.index! + m[0].length;
    if (m[4]) continue;
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]);
  }
  expect(body.slice(last).trim()).toBe("");
  expect(stack).toEqual([]);
}

describe("Atom feed", () => {
  it("escapes XML and drops characters XML cannot hold", () => {
    expect(xmlEscape(`<a href="x">&'</a>\u0000`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  });

  it("is well-formed Atom 1.0 with the required feed and entry elements", () => {
    const xml = feedbackAtomFeed({ origin: "https://register.example", entry: { publicId: "12345678", name: "Benefit <fraud> scoring", publishedAt: new Date("2026-01-01") }, organisationName: "Gemeente A&B", threads: [thread] });
    checkWellFormed(xml);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const feedHead = xml.split("<entry>")[0];
    expect(feedHead).toContain("<id>https://register.example/algorithms/12345678/feedback.atom</id>");
    expect(feedHead).toContain("<title>Questions and answers: Benefit &lt;fraud&gt; scoring</title>");
    expect(feedHead).toContain("<updated>2026-03-05T10:00:00.000Z</updated>");
    expect(feedHead).toContain("<author><name>Gemeente A&amp;B</name></author>");
    const entry = xml.split("<entry>")[1];
    expect(entry).toContain("<id>https://register.example/algorithms/12345678#feedback-FB-2026-000001</id>");
    expect(entry).toContain("<title>Question FB-2026-000001</title>");
    expect(entry).toContain("<updated>2026-03-05T10:00:00.000Z</updated>");
    expect(entry).toContain("Is &lt;this&gt; fair &amp; &quot;transparent&quot;?");
    expect(entry).toContain("Answer from Gemeente A&amp;B (2026-03-05):\nYes &lt;b&gt;it&lt;/b&gt; is.");
    expect(xml).not.toContain("\u0007");
  });

  it("uses the entry's publication date as updated when there are no threads", () => {
    const xml = feedbackAtomFeed({ origin: "https://r.example", entry: { publicId: "1", name: "X", publishedAt: new Date("2026-02-01T00:00:00Z") }, organisationName: "O", threads: [] });
    checkWellFormed(xml);
    expect(xml).toContain("<updated>2026-02-01T00:00:00.000Z</updated>");
    expect(xml).not.toContain("<entry>");
  });
});
