/**
 * The schemas of the forms around an assessment (start one, comment, ask for changes, conclude,
 * the AIA questionnaire): the route actions and the browser check with the same ones. The
 * workflow functions in assessments.server.ts apply the same limits again.
 */
import { z } from "zod";
import { AIA_MITIGATION_QUESTIONS, AIA_RISK_QUESTIONS } from "~content/vocabularies/canada-aia";
import { REVIEW_OUTCOMES } from "~content/vocabularies/fraia";

export const COMMENT_MAX = 5000;
export const PUBLIC_SUMMARY_MAX = 2500;

const tooLong = (max: number) => `Use ${max} characters or fewer`;

export const newAssessmentSchema = z.object({
  entryId: z.string({ error: "Choose the entry this assessment is about" }).min(1, "Choose the entry this assessment is about"),
});

const commentBody = z.string({ error: "Write a comment" }).trim().min(1, "Write a comment").max(COMMENT_MAX, tooLong(COMMENT_MAX));

/** An answer to a comment thread (the overview page; the review page takes it as one of its intents). */
export const replyFormSchema = z.object({
  intent: z.literal("reply"),
  parentId: z.string({ error: "Choose the comment to answer" }).min(1, "Choose the comment to answer"),
  body: commentBody,
});

/** A reviewer's new thread beside one answer: the question (or "general"), or a right of part 4. */
export const commentFormSchema = z.object({ intent: z.literal("comment"), questionId: z.string().optional(), right: z.string().optional(), body: commentBody });

/** The review page's forms, told apart by `intent`. */
export const reviewFormSchema = z.discriminatedUnion(
  "intent",
  [
    commentFormSchema,
    z.object({ intent: z.literal("reply"), parentId: z.string().optional(), body: commentBody }),
    z.object({
      intent: z.literal("request_changes"),
      comment: z.string({ error: "Explain what needs to change" }).trim().min(1, "Explain what needs to change").max(COMMENT_MAX, tooLong(COMMENT_MAX)),
    }),
    z.object({
      intent: z.literal("conclude"),
      outcome: z.enum(REVIEW_OUTCOMES.map((o) => o.slug) as [string, ...string[]], { error: "Choose the outcome of the review" }),
      publicSummary: z
        .string({ error: "Write a public summary of the review" })
        .trim()
        .min(1, "Write a public summary of the review")
        .max(PUBLIC_SUMMARY_MAX, tooLong(PUBLIC_SUMMARY_MAX)),
    }),
  ],
  { error: "Unknown action" },
);

const AIA_QUESTIONS = [...AIA_RISK_QUESTIONS, ...AIA_MITIGATION_QUESTIONS];

/** Every AIA question is optional; an answer must be one of its options. */
export const aiaSchema = z.object(
  Object.fromEntries(
    AIA_QUESTIONS.map((q) => [
      q.id,
      z.preprocess(
        (v) => (v === "" ? undefined : v),
        z.enum(q.options.map((o) => o.value) as [string, ...string[]], { error: "Choose one of the answers" }).optional(),
      ),
    ]),
  ),
);
