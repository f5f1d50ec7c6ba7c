import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problem } from "~/i18n/problem";
import { renderInLanguage } from "../../tests/support/render-in-language";
import { ErrorSummary } from "./error-summary";
import { flattenFieldErrors, flattenIssues } from "./errors";
import { parseForm } from "./parse-form.server";
import { formToObject } from "./read-form";
import { summarize } from "./summary";

const schema = z
  .object({
    name: z.string().trim().min(1, "Enter a name").max(5, "Use 5 characters or fewer"),
    links: z.array(z.object({ title: z.string().min(1, "Enter a title"), link: z.string().url("Enter a web address") })).optional(),
    start: z.enum(["a", "b"], { error: "Choose how to start" }),
  })
  .refine((v) => v.start !== "b" || v.name === "x", { message: "Start b needs the name x" });

const input = { name: "far too long", links: [{ title: "", link: "nope" }], start: "b" };

describe("flattenIssues", () => {
  it("gives one message per dotted path, the first one, and `_form` for the form as a whole", () => {
    const result = schema.safeParse({ name: "", links: [{ title: "", link: "nope" }] });
    expect(result.success).toBe(false);
    expect(flattenIssues(result.error!.issues)).toEqual({
      name: "Enter a name",
      "links.0.title": "Enter a title",
      "links.0.link": "Enter a web address",
      start: "Choose how to start",
    });
    expect(
      flattenIssues([
        { path: [], message: "Something is wrong" },
        { path: ["a", 0], message: "first" },
        { path: ["a", 0], message: "second" },
      ]),
    ).toEqual({ _form: "Something is wrong", "a.0": "first" });
  });

  it("gives the browser (react-hook-form's zod resolver) the same errors as the server", async () => {
    const server = flattenIssues(schema.safeParse(input).error!.issues);
    const { errors } = await zodResolver(schema as never)(input, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(flattenFieldErrors(errors)).toEqual(server);
    expect(server).toEqual({
      name: "Use 5 characters or fewer",
      "links.0.title": "Enter a title",
      "links.0.link": "Enter a web address",
      _form: "Start b needs the name x",
    });
  });

  it("reads fields called `message` or `type` as fields", async () => {
    const feedback = z.object({ type: z.enum(["question"], { error: "Choose a type" }), message: z.string().min(10, "Write at least 10 characters") });
    const { errors } = await zodResolver(feedback as never)({ message: "short" }, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(flattenFieldErrors(errors)).toEqual({ type: "Choose a type", message: "Write at least 10 characters" });
  });

  it("reads a form-wide error from the resolver as `_form`", async () => {
    const { errors } = await zodResolver(schema as never)({ name: "y", start: "b" }, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(flattenFieldErrors(errors)).toEqual({ _form: "Start b needs the name x" });
  });
});

describe("summarize", () => {
  const labels = { name: "Name", links: "Links", start: "How to start" };

  it("lists errors in field order, naming each field by its label (rows by number)", () => {
    const items = summarize(
      {
        start: "Choose how to start",
        "links.1.link": "Enter a web address",
        _form: "Try again",
        name: "Enter a name",
        "links.0.title": "Enter a title",
        other: "Unknown field",
      },
      labels,
    );
    expect(items).toEqual([
      { name: "name", label: "Name", message: "Enter a name" },
      { name: "links.1.link", label: "Links, row 2", message: "Enter a web address" },
      { name: "links.0.title", label: "Links, row 1", message: "Enter a title" },
      { name: "start", label: "How to start", message: "Choose how to start" },
      { name: "_form", message: "Try again" },
      { name: "other", message: "Unknown field" },
    ]);
  });

  it("shows the same message for the same field once, and skips empty ones", () => {
    const items = summarize(
      { "links.0": "Use a web address", "links.0.link": "Use a web address", "links.1": "Use a web address", name: undefined, start: "" },
      { links: "Links" },
    );
    expect(items).toEqual([
      { name: "links.0", label: "Links, row 1", message: "Use a web address" },
      { name: "links.1", label: "Links, row 2", message: "Use a web address" },
    ]);
  });

  it("uses the longest labelled prefix", () => {
    expect(summarize({ "procurement.suppliers.0.role": "Choose a role" }, { procurement: "Procurement", "procurement.suppliers": "Suppliers" })).toEqual([
      { name: "procurement.suppliers.0.role", label: "Suppliers, row 1", message: "Choose a role" },
    ]);
  });
});

describe("ErrorSummary", () => {
  it("is headed 'There is a problem' and links each line, named by its field, to the field", async () => {
    const html = await renderInLanguage(
      <ErrorSummary errors={{ start: "Choose how to start", name: "Enter a name", _form: "Try again" }} labels={{ name: "Name", start: "How to start" }} />,
    );
    expect(html).toContain("There is a problem");
    expect([...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1])).toEqual([
      '<a href="#f-name">Name: Enter a name</a>',
      '<a href="#f-start">How to start: Choose how to start</a>',
      "Try again",
    ]);
  });

  it("renders nothing without errors and links elsewhere when told", async () => {
    expect(await renderInLanguage(<ErrorSummary errors={{}} />)).toBe("");
    expect(await renderInLanguage(<ErrorSummary errors={{ "answers.1.1": "Answer 1.1" }} href={(n) => `/part/1#${n}`} />)).toContain(
      'href="/part/1#answers.1.1"',
    );
  });

  it("shows validation references in the page's language", async () => {
    const html = await renderInLanguage(<ErrorSummary errors={{ name: problem("forms.validation.tooLong", { max: 100 }) }} labels={{ name: "Naam" }} />, "nl");
    expect(html).toContain("Er is een probleem");
    expect(html).toContain("Naam: Gebruik 100 tekens of minder");
  });
});

describe("parseForm", () => {
  const form = (entries: [string, string | File][]) => {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return f;
  };

  it("returns the data when the schema accepts the post", () => {
    const parsed = parseForm(
      form([
        ["csrf", "t"],
        ["name", " ab "],
        ["start", "a"],
      ]),
      schema,
    );
    expect(parsed).toEqual({ ok: true, data: { name: "ab", start: "a" }, values: { name: " ab ", start: "a" } });
  });

  it("returns the field errors and what was typed, without secret fields, files or the CSRF token", () => {
    const parsed = parseForm(
      form([
        ["csrf", "t"],
        ["name", ""],
        ["password", "hunter2"],
        ["file", new File(["x"], "a.json")],
        ["tag", "a"],
        ["tag", "b"],
      ]),
      schema,
      { secret: ["password"], read: (f) => ({ ...formToObject(f), file: f.get("file") }) },
    );
    expect(parsed).toEqual({ ok: false, errors: { name: "Enter a name", start: "Choose how to start" }, values: { name: "", tag: ["a", "b"] } });
  });
});
