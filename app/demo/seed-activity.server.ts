/** Demo activity on the seeded entries: impact assessments under review and public feedback. */
import type { DemoIds } from "./demo-lookup.server";
import { seedDemoAssessments } from "./seed-assessments.server";
import { seedDemoFeedback } from "./seed-feedback.server";

export async function seedDemoActivity(ids: DemoIds, now = new Date()) {
  const assessments = await seedDemoAssessments(ids, now);
  const feedback = await seedDemoFeedback(ids, now);
  return { ...assessments, feedbackThreads: feedback.threads, feedbackPublished: feedback.published };
}
