/**
 * Text of a body for spell checking. Bodies are sanitised HTML (only structural tags), but the re-check button sends
 * what the editor holds before the server has sanitised it, so script and style blocks are dropped too. Block ends
 * become line breaks so that a context snippet never runs across two paragraphs.
 */

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith("#")) {
    const code =
      body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED[body.toLowerCase()] ?? entity;
}

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|caption|tr|td|th|table|ul|ol|div|figure)\s*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, decodeEntity)
    .replace(/[ \t\u00a0]+/g, " ")
    .normalize("NFC");
}
