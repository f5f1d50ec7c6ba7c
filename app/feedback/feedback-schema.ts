import { z } from "zod";
import { problem } from "~/i18n/problem";
import { FEEDBACK_TYPES } from "./feedback-types";

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 3000;
export const MAX_LINKS = 5;
export const NAME_MAX = 100;
/** The honeypot looks like an ordinary field to bots; people are told (and screen readers hear) to leave it empty. */
export const HONEYPOT_FIELD = "website";

export function countLinks(text: string): number {
  return (text.match(/https?:\/\/[^\s<>"']+/gi) ?? []).length;
}

const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === "yes" || v === "on");

export const feedbackSchema = z.object({
  type: z.enum(FEEDBACK_TYPES, { message: problem("feedback.validation.typeRequired") }),
  message: z
    .string({ message: problem("feedback.validation.messageRequired") })
    .trim()
    .min(1, problem("feedback.validation.messageRequired"))
    .min(MESSAGE_MIN, problem("feedback.validation.messageTooShort", { min: MESSAGE_MIN }))
    .max(MESSAGE_MAX, problem("feedback.validation.messageTooLong", { max: MESSAGE_MAX }))
    .refine((m) => countLinks(m) <= MAX_LINKS, problem("feedback.validation.tooManyLinks", { max: MAX_LINKS })),
  name: z
    .string()
    .trim()
    .max(NAME_MAX, problem("feedback.validation.nameTooLong", { max: NAME_MAX }))
    .optional()
    .default(""),
  email: z
    .union([z.literal(""), z.string().trim().max(254, problem("feedback.validation.emailTooLong")).email(problem("feedback.validation.emailInvalid"))])
    .optional()
    .default(""),
  consent: checkbox,
  [HONEYPOT_FIELD]: z.string().max(0, problem("feedback.validation.honeypotFilled")).optional().default(""),
});

export type FeedbackInput = z.infer<typeof feedbackSchema>;
