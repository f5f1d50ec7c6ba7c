import { describe, expect, it } from "vitest";
import { reviewPageState } from "~/assessments/review-page-state";
import { anchorOf, commentLabel, formKeyOf, postedTarget, storedTarget } from "~/assessments/comment-targets";
import { textFor } from "~/i18n/text";

describe("review page: which form shows errors, which answer a confirmation", () => {
  it("shows the confirmation of the last action beside the answer it was about", () => {
    expect(reviewPageState({ sent: null, refused: null, done: "comment", on: "right:privacy" })).toEqual({
      active: null,
      confirmation: { on: "right:privacy", message: "Your comment has been added." },
    });
    expect(reviewPageState({ sent: null, refused: null, done: "reply", on: "2A.3" }).confirmation?.message).toBe("Your answer has been added.");
  });

  it("never shows a confirmation together with the errors of a later action, refused by the server or in the browser", () => {
    expect(reviewPageState({ sent: null, refused: "comment:3.2", done: "comment", on: "right:privacy" })).toEqual({
      active: "comment:3.2",
      confirmation: null,
    });
    expect(reviewPageState({ sent: "comment:3.2", refused: null, done: "comment", on: "right:privacy" })).toEqual({
      active: "comment:3.2",
      confirmation: null,
    });
    // The form sent last wins over an older refusal.
    expect(reviewPageState({ sent: "conclude", refused: "comment:3.2", done: null, on: null }).active).toBe("conclude");
    expect(reviewPageState({ sent: null, refused: "", done: "comment", on: "general" }).confirmation).toBeNull();
  });

  it("takes the text from the fixed catalogue only", () => {
    expect(reviewPageState({ sent: null, refused: null, done: "Your account was hacked", on: "general" }).confirmation).toBeNull();
    expect(reviewPageState({ sent: null, refused: null, done: "comment", on: null }).confirmation).toBeNull();
  });
});

describe("comment targets", () => {
  it("reads the posted target, stores only known questions and rights, and names them for labels and anchors", () => {
    expect(postedTarget({ right: "privacy", questionId: "2A.3" })).toBe("right:privacy");
    expect(postedTarget({ questionId: "2A.3" })).toBe("2A.3");
    expect(postedTarget({})).toBe("general");
    expect(storedTarget("general")).toEqual({ ok: true, questionId: null });
    expect(storedTarget("right:privacy")).toEqual({ ok: true, questionId: "right:privacy" });
    expect(storedTarget("right:flying")).toEqual({ ok: false });
    expect(storedTarget("9.9")).toEqual({ ok: false });
    expect([anchorOf("2A.3"), anchorOf("right:privacy"), anchorOf(null), anchorOf("general")]).toEqual([
      "q-2A.3",
      "right-privacy",
      "general-comments",
      "general-comments",
    ]);
    const en = textFor("en");
    expect(commentLabel("2B.3", en, "en")).toBe("Comment on question 2B.3: Accuracy and testing");
    expect(commentLabel("right:data-protection", en, "en")).toBe("Comment on part 4, the right: Protection of personal data");
    expect(commentLabel("general", en, "en")).toBe("Comment on the assessment as a whole");
    const nl = textFor("nl");
    expect(commentLabel("2B.3", nl, "nl")).toBe("Opmerking over vraag 2B.3: Accuraatheid algoritme");
    expect(commentLabel("right:data-protection", nl, "nl")).toBe("Opmerking over deel 4, het grondrecht: Bescherming van persoonsgegevens");
    expect([formKeyOf({ intent: "comment", right: "privacy" }), formKeyOf({ intent: "reply", parentId: "c1" }), formKeyOf({ intent: "conclude" })]).toEqual([
      "comment:right:privacy",
      "reply:c1",
      "conclude",
    ]);
  });
});
