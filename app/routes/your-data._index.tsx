import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { categoryPath, findCategory, findLifeEvent, lifeEventPath } from "~/data-use/vocabulary";
import { dataUseCounts } from "~/data-use/your-data.server";
import { languageOf, pathIn } from "~/i18n/language.server";
import { metaText } from "~/i18n/meta-text";
import { useT } from "~/i18n/text";
import { useLocalePath } from "~/i18n/use-locale-path";

export const meta: MetaFunction = (args) => {
  const t = metaText(args.matches);
  return [{ title: `${t.dataUse.yourData.title} – ${t.site.name}` }, { name: "description", content: t.dataUse.yourData.metaDescription }];
};

// Public page: no guard. The GET form below lands here without JavaScript and is sent on to the chosen page.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const category = findCategory(url.searchParams.get("category") ?? undefined);
  if (category) throw redirect(pathIn(request, categoryPath(category.slug)));
  const event = findLifeEvent(url.searchParams.get("lifeEvent") ?? undefined);
  if (event) throw redirect(pathIn(request, lifeEventPath(event.slug)));
  const counts = await dataUseCounts(languageOf(request));
  return {
    categories: counts.categories.map((c) => ({ slug: c.slug, label: c.label, plain: c.plain, sensitive: c.special || c.criminal, count: c.count })),
    lifeEvents: counts.lifeEvents,
  };
}

type Item = { slug: string; label: string; plain: string; count: number };

function ChoiceList({ items, href }: { items: Item[]; href: (slug: string) => string }) {
  const t = useT().dataUse.yourData;
  const to = useLocalePath();
  return (
    <ul className="your-data__choices">
      {items.map((item) => (
        <li key={item.slug}>
          <a href={to(href(item.slug))}>{item.label}</a> <span className="muted">({t.systems({ count: item.count })})</span>
          <div className="hint">{item.plain}</div>
        </li>
      ))}
    </ul>
  );
}

export default function YourData() {
  const { categories, lifeEvents } = useLoaderData<typeof loader>();
  const t = useT().dataUse.yourData;
  const to = useLocalePath();
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead prose">{t.intro}</p>

      <h2>{t.byLifeEvent}</h2>
      <ChoiceList items={lifeEvents} href={lifeEventPath} />

      <h2>{t.byCategory}</h2>
      <h3>{t.specialHeading}</h3>
      <p className="hint">{t.specialHint}</p>
      <ChoiceList items={categories.filter((c) => c.sensitive)} href={categoryPath} />
      <h3>{t.otherHeading}</h3>
      <ChoiceList items={categories.filter((c) => !c.sensitive)} href={categoryPath} />

      <h2>{t.chooseTitle}</h2>
      <div className="your-data__forms">
        <Form method="get" action={to("/your-data")}>
          <div className="field">
            <label className="label" htmlFor="choose-category">
              {t.chooseCategory}
            </label>
            <select id="choose-category" name="category" className="select" required>
              <option value="">{t.choosePlaceholder}</option>
              {categories.map((c) => (
                <option key={c.slug} value={c.slug}>{`${c.label} (${c.count})`}</option>
              ))}
            </select>
          </div>
          <button type="submit">{t.show}</button>
        </Form>
        <Form method="get" action={to("/your-data")}>
          <div className="field">
            <label className="label" htmlFor="choose-life-event">
              {t.chooseLifeEvent}
            </label>
            <select id="choose-life-event" name="lifeEvent" className="select" required>
              <option value="">{t.choosePlaceholder}</option>
              {lifeEvents.map((e) => (
                <option key={e.slug} value={e.slug}>{`${e.label} (${e.count})`}</option>
              ))}
            </select>
          </div>
          <button type="submit">{t.show}</button>
        </Form>
      </div>
    </>
  );
}

export { ErrorBoundary } from "~/root";
