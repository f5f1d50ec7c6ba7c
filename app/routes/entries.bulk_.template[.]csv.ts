import type { LoaderFunctionArgs } from "@remix-run/node";
import { templateDownload } from "~/bulk/template-download.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return templateDownload(request, "csv");
}
