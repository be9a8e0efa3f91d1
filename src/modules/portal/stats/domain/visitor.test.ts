import { describe, expect, it } from "vitest";
import { isHumanView } from "./visitor.js";

const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

describe("isHumanView", () => {
  it("counts a browser's GET", () => {
    expect(isHumanView({ method: "GET", userAgent: CHROME })).toBe(true);
    expect(isHumanView({ method: "get", userAgent: IPHONE })).toBe(true);
    expect(
      isHumanView({
        method: "GET",
        userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko Firefox/128.0",
      }),
    ).toBe(true);
  });

  it.each([
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
    "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
    "Baiduspider+(+http://www.baidu.com/search/spider.htm)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 (Macintosh) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0 Safari/537.36",
    "Mozilla/5.0 (compatible; Discordbot/2.0) link preview",
    "SkypeUriPreview Preview/0.5",
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.32.3",
    "Go-http-client/1.1",
    "CCBot/2.0 (https://commoncrawl.org/faq/)",
  ])("does not count %s", (agent) => {
    expect(isHumanView({ method: "GET", userAgent: agent })).toBe(false);
  });

  it("does not count an empty or missing user agent", () => {
    expect(isHumanView({ method: "GET", userAgent: "" })).toBe(false);
    expect(isHumanView({ method: "GET", userAgent: "   " })).toBe(false);
    expect(isHumanView({ method: "GET", userAgent: undefined })).toBe(false);
  });

  it("does not count HEAD or other methods", () => {
    expect(isHumanView({ method: "HEAD", userAgent: CHROME })).toBe(false);
    expect(isHumanView({ method: "POST", userAgent: CHROME })).toBe(false);
  });

  it("does not count prefetches and previews announced by the browser", () => {
    expect(isHumanView({ method: "GET", userAgent: CHROME, purpose: "prefetch" })).toBe(false);
    expect(isHumanView({ method: "GET", userAgent: CHROME, secPurpose: "prefetch;prerender" })).toBe(false);
    expect(isHumanView({ method: "GET", userAgent: CHROME, xPurpose: "preview" })).toBe(false);
    expect(isHumanView({ method: "GET", userAgent: CHROME, xMoz: "prefetch" })).toBe(false);
    expect(isHumanView({ method: "GET", userAgent: CHROME, purpose: "" })).toBe(true);
  });
});
