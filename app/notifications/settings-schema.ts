import { z } from "zod";
import { problem } from "~/i18n/problem";
import { ALL_KINDS } from "./kinds";

/** One checkbox per kind, all named `receive`: none ticked posts nothing, one posts a string. */
const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const isKind = (value: string) => (ALL_KINDS as readonly string[]).includes(value);

export const notificationSettingsSchema = z.object({
  receive: z.preprocess(
    asList,
    z.array(z.string()).refine((list) => list.every(isKind), problem("notifications.settings.invalidKind")),
  ),
});
