/**
 * Splits the pasted text of a draft into articles ("Điều 3. Tên điều") and their clauses ("1. …"), the units
 * citizens comment on. Pure; errors carry the line number so the form can point at it.
 *
 * Decisions:
 * - Text before the first article (the title, "Căn cứ …" recitals) is refused: it belongs in the summary field, and
 *   comments attach to articles and clauses only.
 * - Structure lines ("Phần …", "Chương I …", "Mục 1 …", and an all-capitals title line right after one) are allowed
 *   anywhere; they are returned as the `context` of the next article (shown in the preview) but not stored, since a
 *   clause row has no place for them.
 * - Article numbers must increase (a gap is allowed: a draft may be an extract); a repeated or smaller number is
 *   refused. The same for clause numbers inside one article.
 * - Lines of an article before its first clause are the article's body; lines after a clause line (points "a)", "b)")
 *   belong to that clause.
 */

export const MAX_TEXT_LENGTH = 300_000;
export const MAX_PARTS = 2_000;

export interface ParsedPart {
  articleNo: number;
  /** null: the article itself (its heading and introductory text). */
  clauseNo: number | null;
  /** "Điều 3" or "Khoản 2 Điều 3". */
  label: string;
  heading: string;
  body: string;
  /** Chapter/section lines just before the article (articles only). */
  context: string[];
}

export type ParseError =
  | { code: "empty" }
  | { code: "tooLong"; max: number }
  | { code: "tooManyParts"; max: number }
  | { code: "noArticle" }
  | { code: "preamble"; line: number }
  | { code: "duplicateArticle"; line: number; article: number }
  | { code: "articleOrder"; line: number; article: number; previous: number }
  | { code: "duplicateClause"; line: number; article: number; clause: number }
  | { code: "clauseOrder"; line: number; article: number; clause: number; previous: number };

export type ParseResult = { ok: true; parts: ParsedPart[] } | { ok: false; errors: ParseError[] };

// The period after the number is required, so a sentence starting "Điều 5 của Luật …" stays text.
const ARTICLE = /^Điều\s+(\d{1,4})(?:\s*[.:]\s*(.*))?$/u;
const CLAUSE = /^(\d{1,3})\s*[.)](?:\s+(.*))?$/u;
// A number, a Roman numeral or "thứ nhất" must follow, so a sentence such as "Mục tiêu của …" stays text.
const STRUCTURE = /^(Phần|Chương|Mục|Tiểu mục)\s+(\d+|[IVXLCDM]+|thứ\s+\p{L}+)(?=$|[\s.:–-])/u;

function isCapitalTitle(line: string): boolean {
  return (
    /\p{L}/u.test(line) && line === line.toLocaleUpperCase("vi") && line !== line.toLocaleLowerCase("vi")
  );
}

/** Parses the draft's text; normalises to NFC and trims each line. */
export function parseClauses(text: string): ParseResult {
  const normal = text.normalize("NFC");
  if (normal.length > MAX_TEXT_LENGTH)
    return { ok: false, errors: [{ code: "tooLong", max: MAX_TEXT_LENGTH }] };
  const lines = normal.split(/\r\n|\r|\n/).map((l) => l.replace(/\s+/gu, " ").trim());
  if (lines.every((l) => l === "")) return { ok: false, errors: [{ code: "empty" }] };

  const parts: ParsedPart[] = [];
  const errors: ParseError[] = [];
  const articlesSeen = new Set<number>();
  let article: ParsedPart | null = null;
  let current: ParsedPart | null = null;
  let lastClause = 0;
  let context: string[] = [];
  let afterStructure = false;
  let preambleReported = false;

  const append = (part: ParsedPart, line: string) => {
    part.body = part.body === "" ? line : `${part.body}\n${line}`;
  };

  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line === "") return;
    const a = ARTICLE.exec(line);
    if (a) {
      const no = Number(a[1]);
      const previous: number | undefined = article?.articleNo;
      if (articlesSeen.has(no)) errors.push({ code: "duplicateArticle", line: lineNo, article: no });
      else if (previous !== undefined && no < previous)
        errors.push({ code: "articleOrder", line: lineNo, article: no, previous });
      articlesSeen.add(no);
      article = {
        articleNo: no,
        clauseNo: null,
        label: `Điều ${no}`,
        heading: (a[2] ?? "").trim(),
        body: "",
        context,
      };
      parts.push(article);
      current = article;
      lastClause = 0;
      context = [];
      afterStructure = false;
      return;
    }
    if (STRUCTURE.test(line) || (afterStructure && isCapitalTitle(line))) {
      context.push(line);
      afterStructure = true;
      return;
    }
    afterStructure = false;
    if (article === null || current === null) {
      if (!preambleReported) errors.push({ code: "preamble", line: lineNo });
      preambleReported = true;
      return;
    }
    const c = CLAUSE.exec(line);
    if (c) {
      const no = Number(c[1]);
      const art: ParsedPart = article;
      if (no === lastClause)
        errors.push({ code: "duplicateClause", line: lineNo, article: art.articleNo, clause: no });
      else if (no < lastClause)
        errors.push({
          code: "clauseOrder",
          line: lineNo,
          article: art.articleNo,
          clause: no,
          previous: lastClause,
        });
      lastClause = Math.max(lastClause, no);
      current = {
        articleNo: art.articleNo,
        clauseNo: no,
        label: `Khoản ${no} Điều ${art.articleNo}`,
        heading: "",
        body: c[2] ?? "",
        context: [],
      };
      parts.push(current);
      return;
    }
    append(current, line);
  });

  if (parts.length === 0 && errors.every((e) => e.code === "preamble"))
    return { ok: false, errors: [{ code: "noArticle" }] };
  if (parts.length > MAX_PARTS) errors.push({ code: "tooManyParts", max: MAX_PARTS });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, parts };
}

/** The lines a part stands for, as they were written (for the preview and the round-trip property). */
export function partLines(part: ParsedPart): string[] {
  const first =
    part.clauseNo === null
      ? [...part.context, part.heading === "" ? part.label : `${part.label}. ${part.heading}`]
      : [
          part.body.split("\n")[0] === ""
            ? `${part.clauseNo}.`
            : `${part.clauseNo}. ${part.body.split("\n")[0]}`,
        ];
  const rest =
    part.clauseNo === null ? (part.body === "" ? [] : part.body.split("\n")) : part.body.split("\n").slice(1);
  return [...first, ...rest];
}
