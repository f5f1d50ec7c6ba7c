import { z } from "zod";
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
  type: z.enum(FEEDBACK_TYPES.map((t) => t.value) as [string, ...string[]], { message: "Choose what your message is about" }),
  message: z
    .string({ message: "Enter your message" })
    .trim()
    .min(1, "Enter your message")
    .min(MESSAGE_MIN, `Your message must be at least ${MESSAGE_MIN} characters`)
    .max(MESSAGE_MAX, `Your message must be ${MESSAGE_MAX.toLocaleString("en")} characters or fewer`)
    .refine((m) => countLinks(m) <= MAX_LINKS, `Your message may contain at most ${MAX_LINKS} links`),
  name: z.string().trim().max(NAME_MAX, `Your name must be ${NAME_MAX} characters or fewer`).optional().default(""),
  email: z
    .union([
      z.literal(""),
      z.string().trim().max(254, "Email address is too long").email("Enter an email address in the correct format, like name@example.org"),
    ])
    .optional()
    .default(""),
  consent: checkbox,
  [HONEYPOT_FIELD]: z.string().max(0, "Leave the last field empty: it is there to stop automated spam").optional().default(""),
});

export type FeedbackInput = z.infer<typeof feedbackSchema>;
