/** The browser and system named in a User-Agent header, enough to recognise one's own devices; null parts when unknown. */
export function describeUserAgent(userAgent: string | null | undefined): { browser: string | null; system: string | null } {
  const ua = userAgent ?? "";
  // Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
  const browser = [
    [/Edg(?:e|A|iOS)?\/(\d+)/, "Edge"],
    [/(?:OPR|Opera)\/(\d+)/, "Opera"],
    [/Firefox\/(\d+)/, "Firefox"],
    [/(?:Chrome|Chromium|CriOS)\/(\d+)/, "Chrome"],
    [/Version\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari\//, "Safari"],
  ] as const;
  const found = browser.map(([re, name]) => [re.exec(ua), name] as const).find(([m]) => m);
  const system = [
    [/Windows/, "Windows"],
    [/iPhone|iPad|iPod/, "iOS"],
    [/Mac OS X|Macintosh/, "macOS"],
    [/Android/, "Android"],
    [/CrOS/, "ChromeOS"],
    [/Linux/, "Linux"],
  ] as const;
  return { browser: found ? `${found[1]} ${found[0]![1]}` : null, system: system.find(([re]) => re.test(ua))?.[1] ?? null };
}
