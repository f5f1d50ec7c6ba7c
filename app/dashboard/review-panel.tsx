import type { reviewPanel } from "./review-panel.server";

export function ReviewPanel(_props: { data: Awaited<ReturnType<typeof reviewPanel>> }) {
  return null;
}
