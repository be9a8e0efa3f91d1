/**
 * Which requests count as a person reading a page. Without third-party trackers the server only has the request
 * itself: crawlers, link previews, scripts and speculative prefetches are left out by their own signals.
 */

/** User-agent fragments of crawlers, link-preview fetchers, headless browsers and HTTP libraries. */
const AUTOMATED_AGENT =
  /bot|crawl|spider|slurp|preview|headless|lighthouse|pagespeed|facebookexternalhit|embedly|curl|wget|python-requests|python-urllib|aiohttp|httpx|go-http-client|okhttp|java\/|apache-httpclient|libwww|node-fetch|undici|axios|scrapy|phantomjs|selenium|puppeteer|playwright|uptime|monitor|pingdom|feedfetcher|validator/i;

export interface ViewSignals {
  method: string;
  userAgent: string | undefined;
  /** `Purpose`, `Sec-Purpose`, `X-Purpose`, `X-Moz` headers: set by browsers on prefetch and preview loads. */
  purpose?: string | undefined;
  secPurpose?: string | undefined;
  xPurpose?: string | undefined;
  xMoz?: string | undefined;
}

/** Whether the request looks like a person opening the page (GET, a browser's agent, not a prefetch). */
export function isHumanView(signals: ViewSignals): boolean {
  if (signals.method.toUpperCase() !== "GET") return false;
  const agent = (signals.userAgent ?? "").trim();
  if (agent === "") return false;
  if (AUTOMATED_AGENT.test(agent)) return false;
  for (const hint of [signals.purpose, signals.secPurpose, signals.xPurpose, signals.xMoz]) {
    if (hint && /prefetch|prerender|preview/i.test(hint)) return false;
  }
  return true;
}
