/** The template downloads (/entries/bulk/template.xlsx and .csv), for signed-in staff, headed in `?lang=` or the request's language. */
import { requireUser } from "~/auth/guards.server";
import { isLanguage } from "~/i18n/languages.mjs";
import { languageOf } from "~/i18n/language.server";
import { templateCsv, templateFileName, templateXlsx } from "./template.server";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function templateDownload(request: Request, format: "xlsx" | "csv"): Promise<Response> {
  await requireUser(request);
  const asked = new URL(request.url).searchParams.get("lang");
  const language = isLanguage(asked) ? asked : languageOf(request);
  const body = format === "xlsx" ? await templateXlsx(language) : templateCsv(language);
  return new Response(body, {
    headers: {
      "Content-Type": format === "xlsx" ? XLSX_TYPE : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${templateFileName(language, format)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
