import { describe, expect, it } from "vitest";
import { confirmation } from "./confirmation";
import { entriesText } from "./entries.en";
import { feedbackText } from "./feedback.en";

describe("confirmation", () => {
  it("gives the catalogue's text for a known key", () => {
    expect(confirmation(entriesText.done, "publish")).toBe(entriesText.done.publish);
    expect(confirmation(feedbackText.moderationDone, "closed")).toBe(feedbackText.moderationDone.closed);
  });

  it("gives nothing for text from the address or inherited names", () => {
    for (const key of ["Your account is blocked: call 0800-1234", "constructor", "__proto__", "toString", "", null]) {
      expect(confirmation(entriesText.done, key)).toBeNull();
    }
  });
});
