import { publicOrigin } from "~/config/settings.mjs";

// Staff pages and form endpoints are not for search engines; everything public is.
export async function loader() {
  const body = [
    "User-agent: *",
    "Disallow: /dashboard",
    "Disallow: /admin",
    "Disallow: /login",
    "Disallow: /logout",
    "Disallow: /feedback/withdraw",
    "Allow: /",
    "",
    `Sitemap: ${publicOrigin()}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
