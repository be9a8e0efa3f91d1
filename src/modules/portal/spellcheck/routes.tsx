import type { FastifyInstance, FastifyRequest } from "fastify";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { WORD_ROLES } from "./access.js";
import { ts } from "./catalogue.js";
import { loadSpellEngine } from "./dictionary.js";
import { parseWordList, type WordListProblem } from "./domain/word-list.js";
import { listWords, replaceWords } from "./store.js";
import { WORDS_PATH } from "./views/spellcheck-panel.js";
import { WordListPage } from "./views/word-list-page.js";

const ACCESS = { access: { roles: WORD_ROLES } };

function problemMessage(p: WordListProblem): string {
  switch (p.kind) {
    case "tooBig":
      return ts("portalSpellcheck.error.tooBig", { max: p.max.toLocaleString("vi-VN") });
    case "tooMany":
      return ts("portalSpellcheck.error.tooMany", {
        max: p.max.toLocaleString("vi-VN"),
        count: p.count.toLocaleString("vi-VN"),
      });
    case "tooLong":
      return ts("portalSpellcheck.error.tooLong", { line: p.line, max: p.max });
    case "noLetter":
      return ts("portalSpellcheck.error.noLetter", { line: p.line, entry: p.entry });
  }
}

function wordsField(request: FastifyRequest): string {
  const body = request.body;
  if (!body || typeof body !== "object") return "";
  const value = (body as Record<string, unknown>).words;
  return typeof value === "string" ? value : "";
}

/** Vietnamese spell check and the province's word list (SPEC §A11). */
export async function spellcheckRoutes(app: FastifyInstance): Promise<void> {
  // Boot builds the checker (a few tens of milliseconds, once per process), so no request waits for it.
  loadSpellEngine();
  const { db } = app.services;
  registerAdminNav({ label: ts("portalSpellcheck.nav"), href: WORDS_PATH, roles: WORD_ROLES, order: 34 });

  app.get(WORDS_PATH, { config: ACCESS }, async (request, reply) => {
    const words = await listWords(db);
    return sendAdminPage(
      request,
      reply,
      ts("portalSpellcheck.words.title"),
      <WordListPage csrf={csrfToken(request)} text={words.join("\n")} count={words.length} />,
    );
  });

  app.post(WORDS_PATH, { config: ACCESS }, async (request, reply) => {
    const text = wordsField(request);
    const parsed = parseWordList(text);
    if (!parsed.ok) {
      const current = await listWords(db);
      return sendAdminPage(
        request,
        reply,
        ts("portalSpellcheck.words.title"),
        <WordListPage
          csrf={csrfToken(request)}
          text={text}
          count={current.length}
          errors={{ words: parsed.problems.map(problemMessage).join(" ") }}
        />,
        422,
      );
    }
    const actor = actorFrom(request);
    const change = await inTransaction(db, async (tx) => {
      const diff = await replaceWords(tx, parsed.words, actor.id);
      if (diff.added.length > 0 || diff.removed.length > 0) {
        await recordAudit(tx, actor, {
          action: "spellcheck.words_update",
          entityType: "spellcheck_words",
          entityId: null,
          summary: ts("portalSpellcheck.words.audit", {
            added: diff.added.length,
            removed: diff.removed.length,
          }),
          before: { removed: diff.removed },
          after: { added: diff.added },
        });
      }
      return diff;
    });
    const unchanged = change.added.length === 0 && change.removed.length === 0;
    await setFlash(
      request,
      unchanged
        ? ts("portalSpellcheck.words.unchanged")
        : ts("portalSpellcheck.words.saved", { added: change.added.length, removed: change.removed.length }),
    );
    return reply.redirect(WORDS_PATH, 303);
  });
}
