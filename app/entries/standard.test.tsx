/**
 * FIELDS is the single source of an entry's fields: walk it and check that the
 * schema, the Dutch standard export and import, the OpenAPI document and the
 * rendered filing form all know every field, so adding a plain field is one edit.
 */
import { describe, expect, test } from "vitest";
import { OPENAPI_DOCUMENT } from "~/api/openapi";
import { entryToFormDefaults } from "~/entries/entry-form";
import { entryLooseObject, validateForSubmit, type EntryDraft } from "~/entries/entry-schema";
import { FilingSections } from "~/entries/filing/filing-sections";
import { fromNlStandard, NL_ENTRY_KEYS, toNlStandard } from "~/entries/nl-standard";
import { FIELDS, PLAIN_FIELDS, PLAIN_NL_FIELDS, REQUIRED_FOR_AB, type FieldKey } from "~/entries/standard";
import { fieldHint, fieldLabel } from "~/entries/standard-text";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { validDocument } from "../../tests/support/entry-factories";
import { renderInLanguage } from "../../tests/support/render-in-language";

const en = textFor("en");
const label = (key: FieldKey) => fieldLabel(en, key);

const KEYS = Object.keys(FIELDS) as FieldKey[];

/** A value of the right kind for every plain field, different per field. */
function sample(key: FieldKey): string | number {
  switch (FIELDS[key].input) {
    case "url":
      return `https://example.org/${key}`;
    case "month":
      return key.endsWith("endedOn") ? "2025-06" : "2024-03";
    case "day":
      return "2027-01-31";
    case "count":
      return 1200;
    default:
      return key === "contact" ? "algorithms@example.org" : `Text for ${key}`;
  }
}

function setAt(doc: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let node = doc;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

/** A valid document with every plain field filled in. */
function fullDocument(): EntryDraft {
  const doc = validDocument({ publicationCategory: "B", euAiAct: { highRisk: true } }) as Record<string, unknown>;
  for (const key of KEYS) if (FIELDS[key].input) setAt(doc, key, sample(key));
  return doc as EntryDraft;
}

const at = (value: unknown, path: string) => path.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], value);

describe("the standard (FIELDS) is the single source", () => {
  test("the entry schema has a place for every field, and every plain field of a full document passes the submit rules", () => {
    const shape = entryLooseObject.shape as Record<string, unknown>;
    for (const key of KEYS) expect(shape, key).toHaveProperty(key.split(".")[0]);
    expect(PLAIN_FIELDS.length).toBeGreaterThan(15);
    const result = validateForSubmit(fullDocument());
    expect(result.errors).toEqual({});
    for (const key of KEYS) if (FIELDS[key].input) expect(at(result.data, key), key).toEqual(sample(key));
  });

  test("fields required for categories A and B are listed from FIELDS and refused when empty, with the category in the message", () => {
    expect(REQUIRED_FOR_AB).toEqual(["goal", "humanIntervention", "appeals"]);
    const doc = fullDocument() as Record<string, unknown>;
    for (const key of REQUIRED_FOR_AB) delete doc[key];
    const { errors } = validateForSubmit(doc);
    for (const key of REQUIRED_FOR_AB) expect(showProblem(en, errors[key]), key).toMatch(/\(required for categories A and B\)$/);
    expect(validateForSubmit({ ...doc, publicationCategory: "C" }).errors).toEqual({});
  });

  test("the Dutch standard export carries every field that has an `nl` key, and the import reads the plain ones back", () => {
    const doc = fullDocument();
    const nl = toNlStandard(doc, { organisationName: "Gemeente Voorbeeld", publicId: "12345678" }) as Record<string, unknown>;
    for (const key of KEYS) {
      const nlKey = FIELDS[key].nl;
      if (nlKey) expect(nl, key).toHaveProperty(nlKey);
    }
    for (const { key, nl: nlKey } of PLAIN_NL_FIELDS) expect(nl[nlKey], key).toBe(String(sample(key)));
    const back = fromNlStandard(nl);
    expect(back.errors).toEqual([]);
    for (const { key } of PLAIN_NL_FIELDS) expect(at(back.doc, key), key).toEqual(sample(key));
    expect(NL_ENTRY_KEYS).toEqual(expect.arrayContaining(PLAIN_NL_FIELDS.map(({ key }) => key.split(".")[0])));
  });

  test("the OpenAPI document describes every field of the published document with its label", () => {
    const document = OPENAPI_DOCUMENT.components.schemas.Document as { properties: Record<string, unknown> };
    // Procurement and data declarations are published as their own blocks.
    const inDocument = KEYS.filter((k) => FIELDS[k].section !== "procurement" && FIELDS[k].section !== "data" && FIELDS[k].section !== "charter");
    for (const key of inDocument) {
      const property = key
        .split(".")
        .reduce<Record<string, unknown> | undefined>((node, k) => (node?.properties as Record<string, Record<string, unknown>>)?.[k], document);
      expect(property, key).toMatchObject({ title: label(key), description: fieldHint(en, key) });
    }
    const charter = document.properties.charter as { propertyNames: { enum: string[] } };
    expect(charter.propertyNames.enum.map((id) => `charter.${id}`)).toEqual(KEYS.filter((k) => FIELDS[k].section === "charter"));
  });

  test("the filing form has an input for every field, with its label and the right requirement note", async () => {
    const doc = fullDocument();
    // No category chosen yet: the fields required for categories A and B say so.
    const html = await renderInLanguage(
      <FilingSections
        defaults={entryToFormDefaults({ ...doc, procurement: { inHouse: false, suppliers: [] } })}
        live={{ ...doc, publicationCategory: undefined }}
        messages={{}}
        supplierOptions={[]}
      />,
    );
    const names = new Set([...html.matchAll(/ name="([^"]+)"/g)].map((m) => m[1]));
    for (const key of KEYS) {
      expect(
        [...names].some((n) => n === key || n.startsWith(`${key}.`)),
        key,
      ).toBe(true);
    }
    for (const key of KEYS) if (FIELDS[key].input) expect(html, key).toContain(label(key));
    const labelOf = (name: string) =>
      html
        .match(new RegExp(`<label for="f-${name.replace(/\./g, "-")}"[^>]*>(.*?)</label>`))?.[1]
        .replace(/<[^>]+>/g, "")
        .trim();
    expect(labelOf("name")).toBe("Name");
    expect(labelOf("goal")).toBe("Purpose and impact (required for categories A and B)");
    expect(labelOf("humanIntervention")).toBe("Human involvement (required for categories A and B)");
    expect(labelOf("proportionality")).toBe("Considerations (optional)");
    expect(html).toContain(`value="${sample("decisionsPerYear")}"`);
  });

  test("the requirement notes follow the publication category chosen", async () => {
    const labelIn = async (category: EntryDraft["publicationCategory"], name: string) => {
      const live = { ...validDocument(), publicationCategory: category } as EntryDraft;
      const html = await renderInLanguage(<FilingSections defaults={entryToFormDefaults(live)} live={live} messages={{}} supplierOptions={[]} />);
      return html
        .match(new RegExp(`<label for="f-${name}"[^>]*>(.*?)</label>`))?.[1]
        .replace(/<[^>]+>/g, "")
        .trim();
    };
    for (const key of REQUIRED_FOR_AB) {
      expect(await labelIn("A", key), key).toBe(label(key));
      expect(await labelIn("B", key), key).toBe(label(key));
      expect(await labelIn("C", key), key).toBe(`${label(key)} (optional)`);
      expect(await labelIn(undefined, key), key).toBe(`${label(key)} (required for categories A and B)`);
    }
  });
});
