/** Demo entries: filled in by the entries module once filing and publishing exist. */
export async function seedDemoEntries(_ctx: { orgIds: Map<string, string>; userIds: Map<string, string> }): Promise<number> {
  return 0;
}
