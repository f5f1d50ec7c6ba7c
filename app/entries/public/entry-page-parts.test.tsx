import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../../tests/support/render-page";
import { ContactBlock } from "./entry-page-parts";

const organisation = { name: "Gemeente Taalstad", slug: "gemeente-taalstad" };
const Contact = () => <ContactBlock organisation={organisation} />;

describe("the contact block", () => {
  it("puts the organisation's link inside the sentence in the page's language, at its address in that language", async () => {
    const dutch = await renderPage(new Request("http://localhost/nl/x"), "nl/x", { loader: () => null, default: Contact });
    expect(dutch).toContain('<p>Neem contact op met <a href="/nl/organisations/gemeente-taalstad">Gemeente Taalstad</a>.</p>');
    const english = await renderPage(new Request("http://localhost/en/x"), "en/x", { loader: () => null, default: Contact });
    expect(english).toContain('<p>Contact <a href="/en/organisations/gemeente-taalstad">Gemeente Taalstad</a>.</p>');
  });

  it("shows an e-mail address as a mail link after the organisation's name", async () => {
    const html = await renderPage(new Request("http://localhost/nl/x"), "nl/x", {
      loader: () => null,
      default: () => <ContactBlock organisation={organisation} contact="mailto:algoritmes@taalstad.example" />,
    });
    expect(html).toContain('Neem contact op met Gemeente Taalstad: <a href="mailto:algoritmes@taalstad.example">algoritmes@taalstad.example</a>');
  });

  it("renders in English on its own, outside any router (as in a unit test of one component)", () => {
    expect(renderToStaticMarkup(<Contact />)).toContain("Questions about this algorithm");
  });
});
