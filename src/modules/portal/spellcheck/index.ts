import type { FastifyRequest } from "fastify";
import type { Executor } from "../../../platform/db/transaction.js";
import { holdsAnyRole } from "../../../platform/rbac/grants.js";
import { WORD_ROLES } from "./access.js";
import { loadSpellEngine } from "./dictionary.js";
import {
  checkSpelling,
  countMisspellings,
  customWordSet,
  type SpellInput,
  type SpellReport,
} from "./domain/checker.js";
import { contentTexts, listWords } from "./store.js";
import type { SpellcheckPanelProps } from "./views/spellcheck-panel.js";

export type { SpellInput, SpellReport, SpellWarning } from "./domain/checker.js";
export {
  SpellcheckPanel,
  type SpellcheckPanelProps,
  SpellcheckRecheckButton,
} from "./views/spellcheck-panel.js";

/** The texts of a content item (saved, or as the form holds them) that the spell check reads. */
export function spellInputOf(item: {
  title: string;
  lead: string | null;
  body_html: string;
  cover_caption: string | null;
}): SpellInput {
  return {
    title: item.title,
    lead: item.lead ?? "",
    bodyHtml: item.body_html,
    captions: item.cover_caption ? [item.cover_caption] : [],
  };
}

/** Warnings for one item, with suggestions. One query (the word list); the rest is bounded in-memory work. */
export async function spellReport(db: Executor, input: SpellInput): Promise<SpellReport> {
  const custom = customWordSet(await listWords(db));
  return checkSpelling(loadSpellEngine(), custom, input);
}

/** How many words each listed item would be warned about: two queries whatever the number of items (even none). */
export async function spellWarningCounts(db: Executor, ids: readonly string[]): Promise<Map<string, number>> {
  const [words, texts] = await Promise.all([listWords(db), contentTexts(db, ids)]);
  const custom = customWordSet(words);
  const engine = loadSpellEngine();
  return new Map(texts.map((t) => [t.id, countMisspellings(engine, custom, spellInputOf(t))]));
}

/** Statuses whose text is still being written or judged: the list shows their warning counts. */
export const SPELLCHECKED_STATUSES: ReadonlySet<string> = new Set(["draft", "submitted", "returned"]);

/**
 * The panel of the content page: warnings for the text the form holds when it differs from the saved item (a failed
 * save, a re-check), else for the saved item. Never blocks anything; the approver of a submitted item sees the same.
 */
export async function spellcheckPanelFor(
  request: FastifyRequest,
  item: {
    status: string;
    title: string;
    lead: string | null;
    body_html: string;
    cover_caption: string | null;
  },
  unsaved?: { title: string; lead: string; body_html: string; cover_caption: string },
): Promise<SpellcheckPanelProps> {
  const report = await spellReport(request.server.services.db, spellInputOf(unsaved ?? item));
  return {
    report,
    source: unsaved ? "unsaved" : "saved",
    forApprover: item.status === "submitted",
    canEditWords: holdsAnyRole(request.staff ?? null, WORD_ROLES),
  };
}
