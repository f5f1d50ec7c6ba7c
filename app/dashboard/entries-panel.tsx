import type { entriesPanel } from "./entries-panel.server";

export function EntriesPanel(_props: { data: Awaited<ReturnType<typeof entriesPanel>> }) {
  return null;
}
