import { describe, expect, it } from "vitest";
import { WORKFLOW_STATES } from "~content/vocabularies/entry-enums";
import { ENTRY_STATES, STATE_LABELS, TRANSITIONS } from "./workflow";

describe("entry workflow states", () => {
  it("are the vocabulary's states, labelled as the vocabulary says", () => {
    expect(ENTRY_STATES).toEqual(["draft", "submitted", "changes_requested", "published", "archived"]);
    for (const state of WORKFLOW_STATES) expect(STATE_LABELS[state.slug]).toBe(state.label.en);
    expect(STATE_LABELS.submitted).toBe("Submitted for approval");
    expect(STATE_LABELS.archived).toBe("Retired (archived)");
  });

  it("moves only between known states", () => {
    for (const t of Object.values(TRANSITIONS)) {
      for (const from of t.from) expect(ENTRY_STATES).toContain(from);
      if (t.to) expect(ENTRY_STATES).toContain(t.to);
    }
  });
});
