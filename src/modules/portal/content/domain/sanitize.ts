import sanitizeHtml from "sanitize-html";

/**
 * The one gate between what an editor sends and what readers get: every body is cleaned here on the server, whatever
 * the browser did, because the stored HTML is later rendered as is. Only structural tags survive; no style, class,
 * event handler or script URL does. Images must come from our own media library (/tep/<sha256>[/<variant>]) and
 * carry alt text (SPEC A5, Circular 26/2020/TT-BTTTT).
 */

const MEDIA_SRC = /^\/tep\/[0-9a-f]{64}(?:\/[A-Za-z0-9_-]+(?:\.[A-Za-z0-9]+)?)?$/;

const ALLOWED_TAGS = [
  "p",
  "h2",
  "h3",
  "h4",
  "strong",
  "em",
  "u",
  "s",
  "a",
  "ul",
  "ol",
  "li",
  "blockquote",
  "figure",
  "figcaption",
  "img",
  "table",
  "caption",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "br",
  "hr",
];

export interface SanitizedBody {
  html: string;
  /** Plain text, one line per block, for search and snippets. */
  text: string;
  /** Images dropped because their source was not the media library or they had no alt text. */
  droppedImages: number;
}

function isAcceptableImage(attribs: Record<string, string>): boolean {
  const src = attribs.src ?? "";
  const alt = (attribs.alt ?? "").trim();
  return MEDIA_SRC.test(src) && !src.includes("..") && alt !== "";
}

function isAcceptableHref(href: string): boolean {
  const value = href.trim();
  if (value === "") return false;
  // Scheme-relative URLs ("//evil.example") leave the site while looking relative.
  if (value.startsWith("//") || value.startsWith("\\")) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  if (!scheme) return true;
  return ["http", "https", "mailto"].includes((scheme[1] ?? "").toLowerCase());
}

/** Cleans rich-text HTML and derives its plain text. Pure and deterministic. */
export function sanitizeBody(input: string): SanitizedBody {
  let droppedImages = 0;
  const html = sanitizeHtml(input, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ["href", "rel"],
      img: ["src", "alt", "width", "height"],
      th: ["colspan", "rowspan", "scope"],
      td: ["colspan", "rowspan"],
    },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: { img: [] },
    allowedSchemesAppliedToAttributes: ["href", "src"],
    allowProtocolRelative: false,
    allowedClasses: {},
    allowedStyles: {},
    allowVulnerableTags: false,
    nestingLimit: 40,
    nonTextTags: [
      "script",
      "style",
      "textarea",
      "option",
      "noscript",
      "template",
      "iframe",
      "object",
      "svg",
      "math",
    ],
    transformTags: {
      h1: "h2",
      h5: "h4",
      h6: "h4",
      b: "strong",
      i: "em",
      strike: "s",
      del: "s",
      div: "p",
      a: (tagName, attribs) => {
        const href = attribs.href ?? "";
        const kept: Record<string, string> = isAcceptableHref(href)
          ? { href: href.trim(), rel: "noopener" }
          : {};
        return { tagName, attribs: kept };
      },
    },
    exclusiveFilter: (frame) => {
      if (frame.tag === "img" && !isAcceptableImage(frame.attribs)) {
        droppedImages++;
        return true;
      }
      // A link whose URL was refused keeps its text but loses the element.
      if (frame.tag === "a" && !frame.attribs.href) return "excludeTag";
      return false;
    },
  }).trim();
  return { html, text: plainText(html), droppedImages };
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};

/** Plain text of already-sanitised HTML: block ends become line breaks, entities are decoded. */
export function plainText(html: string): string {
  const withBreaks = html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|h2|h3|h4|li|blockquote|figcaption|caption|tr|table|ul|ol)>/gi, "\n")
    .replace(/<\/(td|th)>/gi, "\t");
  const stripped = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return stripped
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
}
