import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { feedbackText } from "./feedback.en";
import { feedbackNl } from "./feedback.nl";
import { notificationText } from "./notifications.en";
import { notificationsNl } from "./notifications.nl";

/** Every message of a catalogue part by its dotted path. */
function messages(node: unknown, path = ""): Array<[string, string]> {
  if (typeof node === "string") return [[path, node]];
  if (node && typeof node === "object") return Object.entries(node).flatMap(([key, value]) => messages(value, path ? `${path}.${key}` : key));
  return [];
}

/** The names of a message's arguments, nested ones (inside plurals) included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

const PARTS = [
  ["feedback", feedbackText, feedbackNl],
  ["notifications", notificationText, notificationsNl],
] as const;

describe("the feedback and mail catalogues", () => {
  for (const [name, english, dutch] of PARTS) {
    it(`${name}: every Dutch message is valid ICU, takes the same arguments as the English one and is translated`, () => {
      const nl = new Map(messages(dutch));
      for (const [path, en] of messages(english)) {
        const translated = nl.get(path);
        expect(translated, path).toBeDefined();
        expect([...argumentsOf(parse(translated!))].sort(), path).toEqual([...argumentsOf(parse(en))].sort());
      }
      // Words the two languages share ("Status", "Publicatie"…) aside, a copy of the English text is an untranslated message.
      const same = messages(english).filter(([path, en]) => nl.get(path) === en && en.split(" ").length > 2);
      expect(same.map(([path]) => path)).toEqual([]);
    });
  }
});
