import { describe, expect, test } from "vitest";
import { fieldId } from "~/components/forms";
import { entryToFormDefaults } from "~/entries/entry-form";
import { formDataToEntry, validateForSubmit } from "~/entries/entry-schema";
import { validDocument } from "../../tests/support/entry-factories";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { renderInLanguage } from "../../tests/support/render-in-language";
import { DataDeclarationFields } from "./data-declaration-fields";

const render = (doc: Parameters<typeof entryToFormDefaults>[0], errors: Record<string, string> = {}) =>
  renderInLanguage(<DataDeclarationFields defaults={entryToFormDefaults(doc)} errors={errors} />);

/** What a browser without JavaScript posts for the rendered inputs, with some typed/ticked by the user. */
function post(html: string, typed: Record<string, string>, ticked: Array<[string, string]>) {
  const body = new URLSearchParams();
  for (const m of html.matchAll(/<input ([^>]*)>/g)) {
    const attrs = m[1];
    const name = attrs.match(/name="([^"]+)"/)?.[1];
    if (!name) continue;
    const value = attrs.match(/value="([^"]*)"/)?.[1] ?? "";
    if (/type="checkbox"|type="radio"/.test(attrs)) {
      if (/checked=""/.test(attrs) || ticked.some(([n, v]) => n === name && v === value)) body.append(name, value);
    } else body.append(name, typed[name] ?? value);
  }
  for (const m of html.matchAll(/<(select|textarea) [^>]*name="([^"]+)"/g)) body.append(m[2], typed[m[2]] ?? "");
  return body;
}

describe("DataDeclarationFields", () => {
  test("renders existing data sets plus two empty blocks, grouped in fieldsets", async () => {
    const html = await render({ dataDeclarations: [{ name: "Client files", personalData: "identifiable", categories: ["health"] }] });
    expect(html).toContain('value="Client files"');
    expect(html).toContain('name="dataDeclarations.2.name"');
    expect(html).not.toContain('name="dataDeclarations.3.name"');
    expect(html).toContain('<legend class="legend">Data set 3</legend>');
    expect(html).toContain('<legend class="legend">Special category data (GDPR art. 9)</legend>');
    expect(html).toContain('<legend class="legend">Criminal offence data (GDPR art. 10)</legend>');
    expect(html).toMatch(/name="dataDeclarations\.0\.categories" checked="" value="health"/);
    expect(html).toContain('name="dataDeclarations.1.legalGrounds.criminal-records"');
    expect(html).toContain('name="lifeEvents" value="moving-house"');
  });

  test("a post without JavaScript adds a data set from an empty block and drops the untouched one", async () => {
    const html = await render({});
    const form = post(
      html,
      {
        "dataDeclarations.0.name": "Tenancy records",
        "dataDeclarations.0.source": "own-records",
        "dataDeclarations.0.personalData": "identifiable",
        "dataDeclarations.0.use": "deciding",
      },
      [
        ["dataDeclarations.0.categories", "housing"],
        ["lifeEvents", "moving-house"],
      ],
    );
    const draft = formDataToEntry(form);
    expect(draft.dataDeclarations).toEqual([
      { name: "Tenancy records", source: "own-records", personalData: "identifiable", categories: ["housing"], use: "deciding" },
    ]);
    expect(draft.lifeEvents).toEqual(["moving-house"]);
  });

  test("a special category without legal ground is an error that points at a rendered input", async () => {
    const html = await render({});
    const form = post(
      html,
      {
        "dataDeclarations.0.name": "Care files",
        "dataDeclarations.0.source": "own-records",
        "dataDeclarations.0.personalData": "identifiable",
        "dataDeclarations.0.use": "deciding",
      },
      [
        ["dataDeclarations.0.categories", "health"],
        ["dataDeclarations.0.categories", "criminal-records"],
      ],
    );
    const result = validateForSubmit({ ...validDocument(), ...formDataToEntry(form) });
    expect(result.ok).toBe(false);
    const keys = Object.keys(result.errors);
    expect(keys).toEqual(["dataDeclarations.0.legalGrounds.health", "dataDeclarations.0.legalGrounds.criminal-records"]);
    const withErrors = await render(formDataToEntry(form), result.errors);
    for (const key of keys) {
      expect(withErrors).toContain(`id="${fieldId(key)}"`);
      expect(withErrors).toContain(`id="${fieldId(key)}-error"`); // the message next to the field
    }
    expect(withErrors).toMatch(/<details class="data-fields__grounds" open="">/);
  });

  test("personal data 'none' with categories is an error on the categories fieldset", async () => {
    const result = validateForSubmit({
      ...validDocument(),
      dataDeclarations: [{ name: "Sensors", source: "own-records", personalData: "none", categories: ["location-and-movement"], use: "deciding" }],
    });
    expect(showProblem(textFor("en"), result.errors["dataDeclarations.0.categories"])).toMatch(/no personal data/i);
    const html = await render({}, result.errors);
    expect(html).toContain(`id="${fieldId("dataDeclarations.0.categories")}"`);
    expect(html).toContain(showProblem(textFor("en"), result.errors["dataDeclarations.0.categories"]));
  });
});
