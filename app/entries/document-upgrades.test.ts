import { describe, expect, it } from "vitest";
import { CURRENT_SCHEMA_VERSION, parseStoredDocument, UnreadableDocumentError, UPGRADE_STEPS, upgradeDocument, type UpgradeStep } from "./document-upgrades";

const ref = { entryId: "entry-1", version: 3 };

function unreadable(read: () => unknown): UnreadableDocumentError {
  try {
    read();
  } catch (error) {
    if (error instanceof UnreadableDocumentError) return error;
    throw error;
  }
  throw new Error("expected an UnreadableDocumentError");
}

describe("document upgrade steps", () => {
  it("form one chain from version 0 to the current version", () => {
    expect(UPGRADE_STEPS[0].from).toBe(0);
    for (const [i, step] of UPGRADE_STEPS.entries()) expect(step.to).toBe(i === UPGRADE_STEPS.length - 1 ? CURRENT_SCHEMA_VERSION : UPGRADE_STEPS[i + 1].from);
  });

  it("upgrade a document stored without a version (0): nulls, in lists and nested objects too, become absent values", () => {
    const stored = {
      data: JSON.stringify({ name: "Parking permits", goal: null, themes: ["mobility", null], lifecycle: { status: "in_use", endedOn: null } }),
      schemaVersion: null,
    };
    expect(parseStoredDocument(stored, ref)).toEqual({ name: "Parking permits", themes: ["mobility"], lifecycle: { status: "in_use" } });
    expect(parseStoredDocument({ ...stored, schemaVersion: 0 }, ref)).toEqual({
      name: "Parking permits",
      themes: ["mobility"],
      lifecycle: { status: "in_use" },
    });
  });

  it("leave a current document as parsed, without running any step", () => {
    const doc = { name: "Parking permits", goal: null };
    expect(parseStoredDocument({ data: JSON.stringify(doc), schemaVersion: CURRENT_SCHEMA_VERSION }, ref)).toEqual(doc);
  });

  it("run the steps in order, each on the output of the one before", () => {
    const steps: UpgradeStep[] = [
      { from: 0, to: 1, change: "rename", upgrade: ({ title, ...rest }) => ({ ...rest, name: title }) },
      { from: 1, to: 2, change: "split", upgrade: ({ name, ...rest }) => ({ ...rest, name: String(name).trim(), trimmed: true }) },
    ];
    expect(upgradeDocument({ title: " Permits " }, 0, ref, steps)).toEqual({ name: "Permits", trimmed: true });
    expect(upgradeDocument({ name: " Permits " }, 1, ref, steps)).toEqual({ name: "Permits", trimmed: true });
    expect(unreadable(() => upgradeDocument({}, 1, ref, [steps[0], { ...steps[1], from: 5, to: 6 }])).reason).toBe("no upgrade step from schema version 1");
  });

  it("refuse, with a typed error naming the entry and version but no content, a document that is not JSON, not an object, or newer than known", () => {
    const broken = unreadable(() => parseStoredDocument({ data: '{"name":"Secret person", "goal": ', schemaVersion: 1 }, ref));
    expect(broken.ref).toEqual(ref);
    expect(broken.message).toBe("Stored document of entry entry-1 (version 3) cannot be read: not valid JSON");
    expect(broken.message).not.toContain("Secret");

    expect(unreadable(() => parseStoredDocument({ data: "[]", schemaVersion: 1 }, ref)).reason).toBe("not a JSON object");
    expect(unreadable(() => parseStoredDocument({ data: "null", schemaVersion: 1 }, { entryId: "entry-1" })).message).toBe(
      "Stored document of entry entry-1 (working draft) cannot be read: not a JSON object",
    );
    expect(unreadable(() => parseStoredDocument({ data: "{}", schemaVersion: CURRENT_SCHEMA_VERSION + 1 }, ref)).reason).toMatch(
      /^schema version \d+ is newer than this register knows/,
    );
    expect(unreadable(() => parseStoredDocument({ data: "{}", schemaVersion: -1 }, ref)).reason).toBe("unknown schema version -1");
  });
});
