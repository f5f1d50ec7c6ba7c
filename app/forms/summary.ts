import { FORM_ERROR, type FieldErrors } from "./errors";

/** Field labels in the order the fields appear in the form. */
export type FieldLabels = Readonly<Record<string, string>>;

export type SummaryItem = { name: string; label?: string; message: string };

/**
 * The error summary's lines: one per field, in the order of `labels` (fields it does not know
 * come last, as given), each named by its label. A field in a row (`links.0.link`) is named by
 * its nearest labelled parent and the row number. The same message for the same field shows once.
 */
export function summarize(errors: FieldErrors | undefined, labels: FieldLabels = {}): SummaryItem[] {
  const order = Object.keys(labels);
  const items: Array<SummaryItem & { rank: number; at: number }> = [];
  Object.entries(errors ?? {}).forEach(([name, message], at) => {
    if (!message) return;
    const owner = labelledOwner(name, labels);
    const rank = owner === undefined ? order.length : order.indexOf(owner);
    items.push({ name, message, label: owner === undefined ? undefined : labelOf(name, owner, labels), rank, at });
  });
  return items
    .sort((a, b) => a.rank - b.rank || a.at - b.at)
    .filter((item, i, all) => all.findIndex((o) => o.label === item.label && o.message === item.message) === i)
    .map(({ name, label, message }) => (label === undefined ? { name, message } : { name, label, message }));
}

function labelledOwner(name: string, labels: FieldLabels): string | undefined {
  if (name === FORM_ERROR) return undefined;
  const parts = name.split(".");
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join(".");
    if (Object.hasOwn(labels, prefix)) return prefix;
  }
  return undefined;
}

function labelOf(name: string, owner: string, labels: FieldLabels): string {
  if (name === owner) return labels[owner];
  const row = name
    .slice(owner.length + 1)
    .split(".")
    .find((p) => /^\d+$/.test(p));
  return row === undefined ? labels[owner] : `${labels[owner]}, row ${Number(row) + 1}`;
}
