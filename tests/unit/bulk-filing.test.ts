import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { BulkProblems, BulkResult } from "~/bulk/bulk-report";
import { COLUMNS, heading } from "~/bulk/columns";
import { readRows, type BulkProblem } from "~/bulk/rows";
import { readSheetFile } from "~/bulk/sheet-file.server";
import type { StoredRow } from "~/bulk/store.server";
import { templateCsv, templateXlsx } from "~/bulk/template.server";
import { saveDraft, transition } from "~/entries/entries.server";
import { readDocument, storedDraft } from "~/entries/documents.server";
import type { Language } from "~/i18n/languages.mjs";
import { showProblem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { action, loader } from "~/routes/entries.bulk";
import { loader as xlsxLoader } from "~/routes/entries.bulk_.template[.]xlsx";
import { db } from "~/utils/db.server";
import { validDocument } from "../support/entry-factories";
import { createOrganisation, createUser, sessionFor } from "../support/factories";
import { renderIn } from "../support/render-in";
import { BASE, call, csrfPair, dataOf, getRequest, joinCookies, statusOf } from "../support/requests";

const en = textFor("en");
const nl = textFor("nl");
const label = (language: Language, key: (typeof COLUMNS)[number]["key"]) =>
  heading(
    textFor(language),
    COLUMNS.find((c) => c.key === key)!,
  );

/** A CSV file as a person would save it: the given headings and rows. */
function csv(headings: string[], rows: string[][]): string {
  const quote = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [headings, ...rows].map((r) => r.map(quote).join(",")).join("\r\n");
}

const HEADINGS = [label("en", "sourceId"), label("en", "name"), label("en", "lifecycle.status"), label("en", "themes"), label("en", "contact")];

async function upload(
  path: string,
  cookie: string,
  file: { name: string; body: string | Blob },
  organisationId?: string,
  headers: Record<string, string> = {},
) {
  const csrf = await csrfPair();
  const body = new FormData();
  body.append("csrf", csrf.token);
  if (organisationId !== undefined) body.append("organisationId", organisationId);
  body.append("file", new File([file.body], file.name));
  return new Request(`${BASE}${path}`, { method: "POST", headers: { Cookie: joinCookies(csrf.cookie, cookie), ...headers }, body });
}

type Out = { errors?: Record<string, string>; problems?: BulkProblem[]; stored?: StoredRow[]; fileName?: string };

async function post(cookie: string, organisationId: string, text: string, opts: { path?: string; name?: string } = {}) {
  const { result, thrown } = await call(
    action,
    await upload(opts.path ?? "/entries/bulk", cookie, { name: opts.name ?? "entries.csv", body: text }, organisationId),
  );
  return { status: statusOf(result ?? thrown), out: dataOf<Out>(result), thrown };
}

async function approverOf() {
  const org = await createOrganisation();
  const approver = await createUser("approver", org.id);
  return { org, approver, cookie: await sessionFor(approver.id) };
}

const stored = (rows: string[][]) => csv(HEADINGS, rows);

describe("the spreadsheet template", () => {
  it("round-trips: an XLSX template filled in Dutch is read back into the standard's values", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await templateXlsx("nl")).arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([nl.bulk.sheetEntries, nl.bulk.sheetLists]);
    const sheet = workbook.worksheets[0];
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headings).toEqual(COLUMNS.map((c) => heading(nl, c)));
    expect(headings[0]).toBe(`${nl.standard.fields.sourceId.label} (source_id)`);
    const statusColumn = headings.indexOf(nl.standard.fields["lifecycle.status"].label) + 1;
    // The status cells offer a drop-down of the allowed values, listed on the second sheet.
    const validation = sheet.getRow(2).getCell(statusColumn).dataValidation;
    expect(validation).toMatchObject({ type: "list" });
    const listed = workbook.worksheets[1].getColumn(1).values.slice(2);
    expect(workbook.worksheets[1].getCell("A1").value).toBe(
      heading(
        nl,
        COLUMNS.find((c) => c.options)!,
      ),
    );
    expect(listed.length).toBeGreaterThan(0);

    const fill: Record<string, string | Date> = {
      sourceId: "ALG-001",
      name: "Parkeervergunningen toetsen",
      "lifecycle.status": "In gebruik",
      "lifecycle.beganOn": new Date(Date.UTC(2023, 3, 1)) as unknown as string,
      themes: "Wonen; Verkeer",
      selfLearning: "Nee",
      decisionsPerYear: "1200",
      tags: "parkeren, vergunning",
      contact: "algoritmes@gemeente.example",
    };
    for (const [key, value] of Object.entries(fill)) sheet.getRow(2).getCell(COLUMNS.findIndex((c) => c.key === key) + 1).value = value;
    // Typed over the text format, a spreadsheet program may still make "2023-04" a date.
    sheet.getRow(2).getCell(COLUMNS.findIndex((c) => c.key === "lifecycle.beganOn") + 1).numFmt = "yyyy-mm";
    const file = new File([await workbook.xlsx.writeBuffer()], "ingevuld.xlsx");
    const read = await readSheetFile(file);
    if (!read.ok) throw new Error(read.message);
    const rows = readRows(read.sheet, "nl");
    if (!rows.ok) throw new Error(JSON.stringify(rows.problems));
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({ number: 2, sourceId: "ALG-001", name: "Parkeervergunningen toetsen" });
    expect(rows.rows[0].values).toMatchObject({
      "lifecycle.status": "in_use",
      "lifecycle.beganOn": "2023-04",
      themes: ["housing", "traffic"],
      selfLearning: false,
      decisionsPerYear: 1200,
      tags: ["parkeren", "vergunning"],
      contact: "algoritmes@gemeente.example",
    });
  });

  it("round-trips as CSV: the template's headings with a row added, codes or labels in either language; ';' between cells too", async () => {
    const headings = COLUMNS.map((c) => heading(en, c));
    const row = headings.map(() => "");
    const at = (key: string) => COLUMNS.findIndex((c) => c.key === key);
    row[at("sourceId")] = "X-1";
    row[at("name")] = "Sorting permits";
    row[at("publicationCategory")] = "B";
    row[at("algorithmType")] = "Regelgebaseerd";
    row[at("euAiAct.highRisk")] = "no";
    row[at("charter.data")] = "Checked for bias, yearly.";
    const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    for (const [separator, text] of [
      [",", `${templateCsv("en")}${row.map(quote).join(",")}\r\n`],
      [";", `${headings.map(quote).join(";")}\n${row.map(quote).join(";")}\n`],
    ]) {
      const read = await readSheetFile(new File([text], "entries.csv"));
      if (!read.ok) throw new Error(`${separator}: ${read.message}`);
      expect(read.sheet.headings).toEqual(headings);
      const rows = readRows(read.sheet, "en");
      if (!rows.ok) throw new Error(JSON.stringify(rows.problems));
      expect(rows.rows[0].values).toMatchObject({
        sourceId: "X-1",
        publicationCategory: "B",
        algorithmType: "rule_based",
        "euAiAct.highRisk": false,
        "charter.data": "Checked for bias, yearly.",
      });
    }
  });

  it("heads every column differently in each language", () => {
    for (const language of ["en", "nl"] as const) {
      const headings = COLUMNS.map((c) => heading(textFor(language), c));
      expect(new Set(headings).size).toBe(headings.length);
    }
  });

  it("is a download for signed-in staff, headed in the language asked for", async () => {
    const anonymous = await call(xlsxLoader, getRequest("/entries/bulk/template.xlsx"));
    expect(statusOf(anonymous.thrown)).toBe(302);
    const editor = await createUser("editor", (await createOrganisation()).id);
    const { result } = await call(xlsxLoader, getRequest("/entries/bulk/template.xlsx?lang=nl", await sessionFor(editor.id)));
    const response = result as Response;
    expect(response.headers.get("Content-Disposition")).toContain(`${nl.bulk.templateFileName}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets[0].getRow(1).getCell(2).value).toBe(nl.standard.fields.name.label);
  });
});

describe("checking every row and cell", () => {
  it("names each problem by row and column: a wrong choice, a text too long, a missing name, a bad month, a repeated id", () => {
    const headings = [...HEADINGS, label("en", "lifecycle.beganOn")];
    const rows = [
      ["A-1", "Fine", "In use", "Housing", "algorithms@city.example", "2024-02"],
      ["A-2", "Wrong status", "Sometimes", "", "", ""],
      ["A-3", "x".repeat(101), "", "", "", "2024-13"],
      ["A-4", "", "", "Housing; Moon", "", ""],
      ["A-1", "Again", "", "", "", ""],
    ];
    const result = readRows({ headings, rows: rows.map((cells, i) => ({ number: i + 2, cells })) }, "en");
    expect(result.ok).toBe(false);
    const problems = (result as { problems: BulkProblem[] }).problems.map((p) => ({ ...p, message: showProblem(en, p.message) }));
    expect(problems).toEqual([
      { row: 3, column: "Status", message: expect.stringContaining("“Sometimes” is not one of the allowed values: In development; In use; Out of use") },
      { row: 4, column: "Name", message: showProblem(en, '\u2063forms.validation.tooLong\u2063{"max":100}') },
      { row: 4, column: "In use from", message: expect.any(String) },
      { row: 5, column: "Themes", message: expect.stringContaining("“Moon” is not one of the allowed values") },
      { row: 5, column: "Name", message: en.bulk.problems.required },
      { row: 6, column: "Id in your own register (source_id)", message: en.bulk.problems.repeatedId({ row: 2 }) },
    ]);
    expect(problems[2].message).toBe(showProblem(en, "\u2063standard.validation.month"));
  });

  it("refuses columns the template does not have, and a file without the id or name column", () => {
    const result = readRows({ headings: ["Naam", "Colour"], rows: [{ number: 2, cells: ["x", "y"] }] }, "nl");
    expect(result.ok).toBe(false);
    const problems = (result as { problems: BulkProblem[] }).problems.map((p) => ({ ...p, message: showProblem(nl, p.message) }));
    expect(problems).toEqual([
      { row: 1, column: "Colour", message: nl.bulk.problems.unknownColumn },
      { row: 1, column: null, message: nl.bulk.problems.missingColumn({ key: "source_id" }) },
    ]);
  });

  it("says how large a file may be", async () => {
    const read = await readSheetFile(new File(["x".repeat(5 * 1024 * 1024 + 1)], "huge.csv"));
    expect(read.ok).toBe(false);
    expect(showProblem(nl, (read as { message: string }).message)).toBe(nl.bulk.problems.tooLarge({ max: 5 }));
  });

  it("says how many rows are too many", async () => {
    const rows = Array.from({ length: 501 }, (_, i) => [`id-${i}`, `Entry ${i}`, "", "", ""]);
    const read = await readSheetFile(new File([stored(rows)], "big.csv"));
    expect(read.ok).toBe(false);
    expect(showProblem(en, (read as { message: string }).message)).toBe(en.bulk.problems.tooManyRows({ count: 501, max: 500 }));
  });
});

describe("filing from the upload page", () => {
  it("creates drafts by the organisation's own id, with audit entries, and updates them on a second upload instead of duplicating", async () => {
    const { org, approver, cookie } = await approverOf();
    const first = await post(
      cookie,
      org.id,
      stored([
        ["A-1", "Sorting permits", "In use", "Housing", "algorithms@city.example"],
        ["A-2", "Parking fines", "", "", ""],
      ]),
    );
    expect(first.status).toBe(200);
    expect(first.out.stored?.map((s) => s.outcome)).toEqual(["created", "created"]);
    const entries = await db.entry.findMany({ where: { organisationId: org.id }, orderBy: { sourceId: "asc" } });
    expect(entries.map((e) => [e.sourceSystem, e.sourceId, e.state, e.name, e.createdById])).toEqual([
      [`own:${org.id}`, "A-1", "draft", "Sorting permits", approver.id],
      [`own:${org.id}`, "A-2", "draft", "Parking fines", approver.id],
    ]);
    const doc = readDocument(storedDraft(entries[0]), { entryId: entries[0].id });
    expect(doc).toMatchObject({ sourceId: "A-1", lifecycle: { status: "in_use" }, themes: ["housing"], contact: "algorithms@city.example" });
    const audits = await db.auditLog.findMany({ where: { entryId: entries[0].id } });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([["entry.created", approver.id]]);
    expect(JSON.parse(audits[0].details!)).toMatchObject({ via: "spreadsheet", file: "entries.csv", row: 2 });

    const second = await post(
      cookie,
      org.id,
      stored([
        ["A-1", "Sorting permit applications", "In use", "Housing", "algorithms@city.example"],
        ["A-2", "Parking fines", "", "", ""],
      ]),
    );
    expect(second.out.stored?.map((s) => [s.row, s.outcome])).toEqual([
      [2, "updated"],
      [3, "unchanged"],
    ]);
    expect(await db.entry.count({ where: { organisationId: org.id } })).toBe(2);
    const updated = await db.entry.findUniqueOrThrow({ where: { id: entries[0].id } });
    expect(updated.name).toBe("Sorting permit applications");
    expect(await db.auditLog.count({ where: { entryId: entries[0].id, action: "entry.draft_saved" } })).toBe(1);
  });

  it("keeps the fields the file has no column for, and leaves another organisation's entries with the same ids alone", async () => {
    const other = await approverOf();
    await post(other.cookie, other.org.id, stored([["A-1", "Theirs", "", "", ""]]));
    const theirs = await db.entry.findFirstOrThrow({ where: { organisationId: other.org.id } });

    const { org, approver, cookie } = await approverOf();
    const mine = await post(cookie, org.id, stored([["A-1", "Mine", "", "", ""]]));
    expect(mine.out.stored?.[0].outcome).toBe("created");
    const entry = await db.entry.findFirstOrThrow({ where: { organisationId: org.id } });
    // Filled in the form meanwhile: a goal, which the spreadsheet has no column for here.
    await saveDraft(approver, entry.id, { ...readDocument(storedDraft(entry), { entryId: entry.id }), goal: "Written in the form." });
    await post(cookie, org.id, stored([["A-1", "Mine, renamed", "", "", ""]]));
    const after = readDocument(storedDraft(await db.entry.findUniqueOrThrow({ where: { id: entry.id } })), { entryId: entry.id });
    expect(after).toMatchObject({ name: "Mine, renamed", goal: "Written in the form." });

    expect(await db.entry.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Theirs", draft: theirs.draft, updatedAt: theirs.updatedAt });
  });

  it("stores nothing when one row is wrong, and shows the problems in the page's language with the file's name", async () => {
    const { org, cookie } = await approverOf();
    const text = csv(
      [label("nl", "sourceId"), label("nl", "name"), label("nl", "lifecycle.status")],
      [
        ["B-1", "Goed", "In gebruik"],
        ["B-2", "Fout", "Soms"],
      ],
    );
    const { status, out } = await post(cookie, org.id, text, { path: "/nl/entries/bulk", name: "mijn-lijst.csv" });
    expect(status).toBe(400);
    expect(await db.entry.count({ where: { organisationId: org.id } })).toBe(0);
    expect(showProblem(nl, out.errors!.file)).toBe(nl.bulk.fileHasProblems({ fileName: "mijn-lijst.csv", count: 1 }));
    const [p] = out.problems!;
    expect({ row: p.row, column: p.column }).toEqual({ row: 3, column: "Status" });
    expect(showProblem(nl, p.message)).toContain("‘Soms’ is geen van de toegestane waarden: In ontwikkeling; In gebruik; Buiten gebruik");
  });

  it("says a file that is no spreadsheet is refused, naming it", async () => {
    const { org, cookie } = await approverOf();
    const { status, out } = await post(cookie, org.id, "PK\u0003\u0004 not really a zip", { name: "broken.xlsx" });
    expect(status).toBe(400);
    expect(showProblem(en, out.errors!.file)).toBe(`broken.xlsx: ${en.bulk.problems.notASpreadsheet}`);
  });

  it("refuses a row whose entry is waiting for approval", async () => {
    const { org, approver, cookie } = await approverOf();
    await post(cookie, org.id, stored([["C-1", "Sorting permits", "", "", ""]]));
    const entry = await db.entry.findFirstOrThrow({ where: { organisationId: org.id } });
    await saveDraft(approver, entry.id, { ...validDocument(), sourceId: "C-1" });
    expect((await transition(approver, entry.id, "submit")).ok).toBe(true);
    const { status, out } = await post(cookie, org.id, stored([["C-1", "Changed", "", "", ""]]));
    expect(status).toBe(400);
    expect(showProblem(en, out.problems![0].message)).toBe(en.bulk.problems.waitingForApproval({ publicId: entry.publicId }));
    expect((await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).state).toBe("submitted");
  });
});

describe("who may file from a spreadsheet", () => {
  it("refuses editors, reviewers and an approver posting for another organisation", async () => {
    const { org } = await approverOf();
    const editor = await createUser("editor", org.id);
    const reviewer = await createUser("reviewer");
    for (const user of [editor, reviewer]) {
      const cookie = await sessionFor(user.id);
      expect(statusOf((await call(loader, getRequest("/entries/bulk", cookie))).thrown)).toBe(403);
      expect((await post(cookie, org.id, stored([["D-1", "x", "", "", ""]]))).status).toBe(403);
    }
    const stranger = await approverOf();
    expect((await post(stranger.cookie, org.id, stored([["D-1", "x", "", "", ""]]))).status).toBe(403);
    expect(await db.entry.count({ where: { organisationId: org.id } })).toBe(0);
  });

  it("lets an administrator choose the organisation", async () => {
    const org = await createOrganisation();
    const other = await createOrganisation();
    const admin = await createUser("admin");
    const cookie = await sessionFor(admin.id);
    const { result } = await call(loader, getRequest("/entries/bulk", cookie));
    expect((result as { organisations: { id: string }[] }).organisations.map((o) => o.id)).toEqual(expect.arrayContaining([org.id, other.id]));
    const missing = await post(cookie, "", stored([["E-1", "x", "", "", ""]]));
    expect(missing.status).toBe(400);
    expect(showProblem(en, missing.out.errors!.organisationId)).toBe(en.bulk.organisationRequired);
    const filed = await post(cookie, org.id, stored([["E-1", "Filed by the administrator", "", "", ""]]));
    expect(filed.out.stored?.[0].outcome).toBe("created");
    expect(await db.entry.findFirstOrThrow({ where: { organisationId: org.id } })).toMatchObject({ sourceSystem: `own:${org.id}`, createdById: admin.id });
  });
});

describe("the upload's report, in Dutch", () => {
  it("shows the problems by row and column and the filed drafts in Dutch, with no English of the catalogue", async () => {
    const result = readRows({ headings: ["Bron-ID", "Naam", "Status"], rows: [{ number: 2, cells: ["F-1", "", "Soms"] }] }, "nl");
    const problems = (result as { problems: BulkProblem[] }).problems;
    const html = await renderIn("nl", createElement(BulkProblems, { problems, fileName: "lijst.xlsx" }));
    expect(html).toContain("Problemen in lijst.xlsx");
    expect(html).toContain("<td>2</td><td>Status</td><td>‘Soms’ is geen van de toegestane waarden: In ontwikkeling; In gebruik; Buiten gebruik.</td>");
    expect(html).toContain(`<td>2</td><td>Naam</td><td>${nl.bulk.problems.required}</td>`);
    const stored: StoredRow[] = [{ row: 2, id: "e1", publicId: "12345678", name: "Parkeren", outcome: "created" }];
    const report = await renderIn("nl", createElement(BulkResult, { stored, fileName: "lijst.xlsx" }));
    expect(report).toContain("1 concept aangemaakt, 0 bijgewerkt, 0 ongewijzigd.");
    expect(report).toContain('href="/nl/entries/e1/edit"');
    for (const english of [en.bulk.problemsCaption, en.bulk.row, en.bulk.outcomes.created, en.bulk.resultNext, en.bulk.problems.required])
      expect(html + report).not.toContain(english);
  });
});
