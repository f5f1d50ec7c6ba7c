/**
 * What a browser does at the test provider, with fetch and a cookie jar: follow the authorization
 * address to the provider's sign-in page, type a user name, and follow the redirects until the
 * provider sends the browser back to the register. Returns that address, or the page the provider
 * stopped at (it refuses an unknown or disabled user there).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<{ callbackUrl: string | null; page: string }> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const origin = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop++) {
    if (!url.startsWith(origin)) return { callbackUrl: url, page: "" };
    const res = await fetch(url, { method: body ? "POST" : "GET", body, headers: { Cookie: cookieHeader() }, redirect: "manual" });
    body = undefined;
    for (const set of res.headers.getSetCookie()) {
      const [pair, ...attributes] = set.split(";");
      const [name, value] = [pair.slice(0, pair.indexOf("=")).trim(), pair.slice(pair.indexOf("=") + 1).trim()];
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=Thu, 01 Jan 1970)/i.test(a));
      if (expired || !value) jar.delete(name);
      else jar.set(name, value);
    }
    const location = res.headers.get("Location");
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const page = await res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
    if (!action || page.includes('role="alert"')) return { callbackUrl: null, page };
    url = new URL(action, url).href;
    body = new URLSearchParams({ login });
  }
  throw new Error("too many redirects at the provider");
}
