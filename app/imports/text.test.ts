import { describe, expect, test } from "vitest";
import { hasHtml, htmlToText } from "./text";

describe("htmlToText", () => {
  test("text without tags is kept exactly, comparisons and entities included", () => {
    for (const plain of ["a < b and c > d", "x<y", "Regel 1\nRegel 2\n\nAlinea", "Tom & Jerry &amp; co", "*niet* _cursief_ [geen link](x)"]) {
      expect(hasHtml(plain), plain).toBe(false);
      expect(htmlToText(plain, true), plain).toBe(plain);
    }
  });

  test("a long field keeps paragraphs, line breaks and lists as Markdown; attributes and other tags go", () => {
    expect(htmlToText('<p class="x" onclick="y()">Een</p><p>Twee<br/>drie</p><ol start="3"><li>a</li><li>b</li></ol>', true)).toBe(
      "Een\n\nTwee\ndrie\n\n1. a\n2. b",
    );
    expect(htmlToText('Voor <a href="javascript:alert(1)">de link</a><iframe src="https://x.example"></iframe><style>p{}</style> na', true)).toBe(
      "Voor de link na",
    );
  });

  test("a short field is one line of text", () => {
    expect(htmlToText("<div>Naam</div>\n<ul><li>een</li><li>twee</li></ul>", false)).toBe("Naam - een - twee");
  });

  test("escaped markup is not let through as markup", () => {
    expect(htmlToText("<p>&lt;script&gt;alert(1)&lt;/script&gt;Tekst &amp; meer</p>", true)).toBe("Tekst & meer");
    expect(htmlToText("<p>&lt;img src=x onerror=alert(1)&gt;</p>", true)).toBe("");
  });
});
