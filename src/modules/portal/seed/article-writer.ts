import type { Rng } from "../../../platform/random/prng.js";
import { COUNTRIES_EN } from "./en-stories.js";
import {
  CLOSINGS,
  COUNTRIES,
  DISTRICTS_IN_SENTENCE,
  MOUNTAIN_DISTRICTS,
  PROJECTS,
  type StoryTemplate,
} from "./vi-stories.js";

/** Who publishes: fills {don_vi}, {chuc_vu} {lanh_dao}, {linh_vuc}, {thu_tuc} and, for districts, {huyen}. */
export interface WriterContext {
  lang: "vi" | "en";
  /** The publishing unit as it reads inside a sentence: "Sở Xây dựng", "Ủy ban nhân dân huyện Ba Tơ". */
  unit: string;
  /** Its leaders' titles with the unit ("Phó Giám đốc Sở Xây dựng") and names. */
  leaders: { name: string; title: string }[];
  field: string;
  procedures: string[];
  intro: string;
  /** A district's own area, used instead of a random district so its site writes about itself. */
  area?: string | undefined;
}

export interface WrittenArticle {
  title: string;
  lead: string;
  bodyHtml: string;
  bodyText: string;
  tags: string[];
}

const ROMAN = ["I", "II", "III", "IV"];
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const viNumber = new Intl.NumberFormat("vi-VN");
const viDecimal = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The calendar date in Việt Nam (UTC+7, no daylight saving): what a reader there sees as "today". */
export function vnParts(at: Date): { day: number; month: number; year: number } {
  const local = new Date(at.getTime() + 7 * 3600_000);
  return { day: local.getUTCDate(), month: local.getUTCMonth() + 1, year: local.getUTCFullYear() };
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Every {slot} value of one article; numbers come from the article's own stream, dates from its publish time. */
export function slotValues(ctx: WriterContext, rng: Rng, publishedAt: Date): Record<string, string> {
  const { day, month, year } = vnParts(publishedAt);
  const prevMonth = month === 1 ? 12 : month - 1;
  const prevMonthYear = month === 1 ? year - 1 : year;
  const quarter = Math.floor((month - 1) / 3);
  const meeting = vnParts(new Date(publishedAt.getTime() + 7 * 86_400_000));
  const leader = ctx.leaders.length > 0 ? rng.pick(ctx.leaders) : { name: "", title: "Lãnh đạo" };
  return {
    don_vi: ctx.unit,
    lanh_dao: leader.name,
    chuc_vu: leader.title,
    linh_vuc: ctx.field,
    thu_tuc: ctx.procedures.length > 0 ? rng.pick(ctx.procedures) : "cung cấp thông tin",
    gioi_thieu: ctx.intro,
    huyen: ctx.area ?? rng.pick(DISTRICTS_IN_SENTENCE),
    huyen_mien_nui: rng.pick(MOUNTAIN_DISTRICTS),
    du_an: rng.pick(PROJECTS),
    quoc_gia: rng.pick(COUNTRIES),
    country_en: rng.pick(COUNTRIES_EN),
    ngay: `${day}/${month}`,
    ngay_hop: `${pad2(meeting.day)}/${pad2(meeting.month)}/${meeting.year}`,
    thang_hop: String(meeting.month),
    nam_hop: String(meeting.year),
    date_en: `${day} ${EN_MONTHS[month - 1]}`,
    thang: String(month),
    thang_truoc: String(prevMonth),
    thang_truoc_nam: `${prevMonth} năm ${prevMonthYear}`,
    so_thang: String(Math.max(2, month - 1)),
    nam: String(year),
    year: String(year),
    quy: ROMAN[quarter] ?? "I",
    quy_truoc: ROMAN[(quarter + 3) % 4] ?? "IV",
    pct: viDecimal.format(rng.int(50, 350) / 10),
    pct_cao: viDecimal.format(rng.int(880, 995) / 10),
    so_nho: String(rng.int(3, 12)),
    so_nho_2: String(rng.int(13, 20)),
    so_tram: String(rng.int(120, 980)),
    so_nghin: viNumber.format(rng.int(15, 450)),
    so_lon: viNumber.format(rng.int(1200, 25000)),
    von_ty: viNumber.format(rng.int(500, 25000)),
    von_usd: viNumber.format(rng.int(20, 900)),
    von_trieu: viNumber.format(rng.int(850, 4900)),
  };
}

/** Replaces every {slot}; an unknown slot is a bug in the templates, so it throws rather than print braces. */
export function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{([a-z_0-9]+)\}/g, (_m, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`Unknown slot {${name}} in "${template}"`);
    return value;
  });
}

/** Sentence case: "huyện Ba Tơ tổ chức …" at the start of a sentence becomes "Huyện Ba Tơ tổ chức …". */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

type Block = { tag: "p" | "h2"; text: string } | { tag: "ul"; items: string[] };

/** Simple HTML as the editor's sanitiser would keep it (<p>, <h2>, <ul>), and the plain text of the same blocks. */
export function renderBlocks(blocks: readonly Block[]): { html: string; text: string } {
  const html: string[] = [];
  const text: string[] = [];
  for (const b of blocks) {
    if (b.tag === "ul") {
      html.push(`<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`);
      text.push(b.items.join("\n"));
    } else {
      html.push(`<${b.tag}>${escapeHtml(b.text)}</${b.tag}>`);
      text.push(b.text);
    }
  }
  return { html: html.join("\n"), text: text.join("\n\n") };
}

/** One article from a story template; the same rng state and date always give the same article. */
export function writeArticle(
  story: StoryTemplate,
  ctx: WriterContext,
  rng: Rng,
  publishedAt: Date,
  opts: { closing?: boolean } = {},
): WrittenArticle {
  const slots = slotValues(ctx, rng, publishedAt);
  const f = (t: string) => capitalise(fill(t, slots).normalize("NFC"));
  const title = f(rng.pick(story.titles));
  const lead = f(rng.pick(story.leads));
  const blocks: Block[] = [];
  story.sections.forEach((section, i) => {
    if (section.heading) blocks.push({ tag: "h2", text: f(section.heading) });
    for (const p of section.paragraphs) blocks.push({ tag: "p", text: f(p) });
    if (i === 0 && story.list) {
      blocks.push({ tag: "p", text: f(story.list.intro) });
      blocks.push({ tag: "ul", items: story.list.items.map(f) });
    }
  });
  if (opts.closing && ctx.lang === "vi" && rng.chance(0.6))
    blocks.push({ tag: "p", text: f(rng.pick(CLOSINGS)) });
  const { html, text } = renderBlocks(blocks);
  const tags = story.tags.map((t) => t.normalize("NFC").toLocaleLowerCase(ctx.lang));
  return { title, lead, bodyHtml: html, bodyText: text, tags: [...new Set(tags)] };
}
