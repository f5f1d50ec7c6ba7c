import { z } from "zod";
import { problem } from "~/i18n/problem";
import { MESSAGE_MAX } from "./feedback-schema";
import { MAX_DEADLINE_DAYS } from "./deadline";

export const ANSWER_MAX = 5000;
const REASON_MAX = 500;

export const publishSchema = z.object({
  intent: z.literal("publish"),
  publicMessage: z
    .string()
    .trim()
    .max(MESSAGE_MAX, problem("feedback.validation.publicMessageTooLong", { max: MESSAGE_MAX }))
    .optional()
    .default(""),
});
export const rejectSchema = z.object({
  intent: z.literal("reject"),
  reason: z
    .string()
    .trim()
    .min(1, problem("feedback.validation.reasonRequired"))
    .max(REASON_MAX, problem("feedback.validation.reasonTooLong", { max: REASON_MAX })),
});
export const answerSchema = z.object({
  intent: z.literal("answer"),
  body: z
    .string()
    .trim()
    .min(1, problem("feedback.validation.answerRequired"))
    .max(ANSWER_MAX, problem("feedback.validation.answerTooLong", { max: ANSWER_MAX })),
});
export const simpleSchema = z.object({ intent: z.enum(["private", "delete-original", "close"]) });

export const moderationSchema = z.discriminatedUnion("intent", [publishSchema, rejectSchema, answerSchema, simpleSchema]);
export type ModerationInput = z.infer<typeof moderationSchema>;

export const deadlineDaysSchema = z.object({
  organisationId: z.string().min(1, problem("feedback.validation.organisationRequired")),
  days: z.coerce
    .number({ message: problem("feedback.validation.daysRequired") })
    .int(problem("feedback.validation.daysWhole"))
    .min(1, problem("feedback.validation.daysMin"))
    .max(MAX_DEADLINE_DAYS, problem("feedback.validation.daysMax", { max: MAX_DEADLINE_DAYS })),
});
