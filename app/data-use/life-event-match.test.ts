import { describe, expect, test } from "vitest";
import { LIFE_EVENTS } from "~content/vocabularies/life-events";
import { matchLifeEvent } from "./life-event-match";
import { firstSentence } from "./plain-text";

const moving = LIFE_EVENTS.find((e) => e.slug === "moving-house")!;
const none = { lifeEvents: [], categories: [], themes: [] };

describe("life event matching", () => {
  test("a system tagged with the life event matches, whatever its data", () => {
    expect(matchLifeEvent(moving, { ...none, lifeEvents: ["moving-house"] })).toEqual({ tagged: true, categories: [], themes: [] });
  });

  test("data of the event in one of its themes matches, and says which", () => {
    const match = matchLifeEvent(moving, { lifeEvents: [], categories: ["contact-and-address", "health"], themes: ["housing", "work"] });
    expect(match).toEqual({ tagged: false, categories: ["contact-and-address"], themes: ["housing"] });
  });

  test("the event's data alone, or its theme alone, is not enough", () => {
    expect(matchLifeEvent(moving, { ...none, categories: ["contact-and-address"], themes: ["work"] })).toBeNull();
    expect(matchLifeEvent(moving, { ...none, categories: ["health"], themes: ["housing"] })).toBeNull();
    expect(matchLifeEvent(moving, { ...none, lifeEvents: ["retiring"] })).toBeNull();
  });

  test("tagged and matching by data gives both reasons", () => {
    const match = matchLifeEvent(moving, { lifeEvents: ["moving-house"], categories: ["housing"], themes: ["housing"] });
    expect(match).toEqual({ tagged: true, categories: ["housing"], themes: ["housing"] });
  });
});

describe("first sentence", () => {
  test("stops at the end of the first sentence, not at an abbreviation", () => {
    expect(firstSentence("A case worker decides. The system only sorts.")).toBe("A case worker decides.");
    expect(firstSentence("Staff check e.g. the income. Then they decide.")).toBe("Staff check e.g. the income.");
    expect(firstSentence("  \n ")).toBeUndefined();
    expect(firstSentence(undefined)).toBeUndefined();
    expect(firstSentence("No full stop at all")).toBe("No full stop at all");
  });
});
