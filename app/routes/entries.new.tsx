import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { z } from "zod";
import { requirePermission } from "~/auth/guards.server";
import { ChoiceGroup, CsrfInput, SelectField } from "~/components/forms";
import { createDraft, getPublishedEntry } from "~/entries/entries.server";
import { emptyEntry } from "~/entries/entry-schema";
import { templateFrom } from "~/entries/template";
import { ErrorSummary } from "~/forms/error-summary";
import { parseForm } from "~/forms/parse-form.server";
import { useValidatedForm } from "~/forms/use-validated-form";
import { textOf } from "~/i18n/language.server";
import { samePrefixPath } from "~/i18n/redirect-path.server";
import { problem } from "~/i18n/problem";
import { useT } from "~/i18n/text";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** Editors and approvers file for their own organisation only. */
async function organisationsFor(user: { organisationId: string | null }) {
  if (!user.organisationId) return [];
  return db.organisation.findMany({ where: { id: user.organisationId }, select: { id: true, name: true } });
}

async function templates() {
  const rows = await db.entry.findMany({
    where: { state: "published", currentVersionId: { not: null } },
    orderBy: { name: "asc" },
    select: { publicId: true, name: true, organisation: { select: { name: true } } },
    take: 500,
  });
  return rows.map((r) => ({ value: r.publicId, label: `${r.name} (${r.organisation.name})` }));
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "entry:edit:own");
  const template = new URL(request.url).searchParams.get("template") ?? "";
  const t = textOf(request);
  return { title: `${t.entries.newTitle} – ${t.site.name}`, organisations: await organisationsFor(user), templates: await templates(), template };
}

const newEntrySchema = z
  .object({
    organisationId: z.string({ error: problem("entries.newEntry.chooseOrganisation") }).min(1, problem("entries.newEntry.chooseOrganisation")),
    start: z.enum(["empty", "template"], { error: problem("entries.newEntry.chooseStart") }),
    template: z.string().optional(),
  })
  // Required exactly when copying; checked even when other answers are missing, so every problem shows at once.
  .refine((v) => v.start !== "template" || Boolean(v.template?.trim()), {
    path: ["template"],
    message: problem("entries.newEntry.chooseTemplate"),
    when: () => true,
  });

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "entry:edit:own");
  const form = await readForm(request);
  const parsed = parseForm(form, newEntrySchema);
  const values = parsed.values as Record<string, string>;
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  let doc = emptyEntry();
  let copiedFromId: string | undefined;
  if (parsed.data.start === "template") {
    const source = await getPublishedEntry(parsed.data.template ?? "");
    if (!source || source.state !== "published")
      return data({ errors: { template: problem("entries.newEntry.templateNotPublished") } as Record<string, string>, values }, { status: 400 });
    doc = templateFrom(source.doc);
    copiedFromId = source.id;
  }
  // createDraft refuses (403) an organisation the user may not file for.
  const entry = await createDraft(user, parsed.data.organisationId, doc, { copiedFromId });
  throw redirect(samePrefixPath(request, `/entries/${entry.id}/edit`));
}

export default function NewEntry() {
  const { organisations, templates, template } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { errors, formProps } = useValidatedForm(newEntrySchema, { serverErrors: actionData?.errors });
  const tx = useT().entries;
  const LABELS = { organisationId: tx.newEntry.organisation, start: tx.newEntry.howToStart, template: tx.newEntry.template };
  const v = actionData?.values;
  // The copy's requirement follows the choice: as clicked with JavaScript, as posted without.
  const [start, setStart] = useState(v?.start ?? (template ? "template" : "empty"));
  return (
    <>
      <h1>{tx.newTitle}</h1>
      <p className="lead">{tx.newIntro}</p>
      <ErrorSummary errors={errors} labels={LABELS} />
      <Form
        method="post"
        {...formProps}
        onChange={(e) => {
          const choice = new FormData(e.currentTarget).get("start");
          if (typeof choice === "string") setStart(choice);
        }}
      >
        <CsrfInput />
        {organisations.length === 1 ? (
          <>
            <input type="hidden" name="organisationId" value={organisations[0].id} />
            <p>
              {LABELS.organisationId}: <strong>{organisations[0].name}</strong>
            </p>
          </>
        ) : (
          <SelectField
            name="organisationId"
            label={LABELS.organisationId}
            placeholder={tx.newEntry.chooseOrganisation}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={v?.organisationId}
            error={errors.organisationId}
          />
        )}
        <ChoiceGroup
          name="start"
          type="radio"
          legend={LABELS.start}
          defaultValue={start}
          error={errors.start}
          options={[
            { value: "empty", label: tx.startEmpty },
            { value: "template", label: tx.startTemplate, hint: tx.newEntry.templateUseful },
          ]}
        />
        <SelectField
          name="template"
          label={
            start === "template" ? (
              LABELS.template
            ) : (
              <>
                {LABELS.template} <span className="optional">{tx.onlyWhenCopying}</span>
              </>
            )
          }
          hint={tx.templateHint}
          placeholder={tx.newEntry.chooseEntry}
          options={templates}
          defaultValue={v?.template ?? template}
          error={errors.template}
        />
        <button type="submit">{tx.create}</button>
      </Form>
    </>
  );
}

export { ErrorBoundary } from "~/root";
