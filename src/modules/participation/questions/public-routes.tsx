import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { JSX } from "preact";
import { requestCsrfToken } from "../../../platform/auth/request-state.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { type CitizenPrincipal, citizenOf, mainShell, sendCitizenPage } from "../../citizens/index.js";
import { buildShell, loadSiteWithUnit, type Site, type Unit } from "../../orgs/index.js";
import { admitPost, flaggedWords, senderHash } from "../abuse/index.js";
import { routePattern, signInHref } from "../forms.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import type { QuestionKind } from "../tables.js";
import { type AskFormValues, askFormValues, emptyAskForm, parseAsk } from "./domain/ask-input.js";
import { looksLikeQuestionCode } from "./domain/question-code.js";
import { enqueueAskReceipt } from "./public-receipt.js";
import {
  getOwnQuestion,
  getPublished,
  insertQuestion,
  listAnsweringUnits,
  listAskableUnits,
  listMine,
  listPublished,
  listTopics,
} from "./public-store.js";
import { AskPage, SentPage, SignInToAskPage } from "./views/public-ask.js";
import { type ListQuery, QuestionListPage } from "./views/public-list.js";
import { MyQuestionsPage } from "./views/public-mine.js";
import { QuestionPage } from "./views/public-question.js";
import { kindTitle, tq } from "./views/public-text.js";

export const PUBLIC_PAGE_SIZE = 20;
const SITE_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Found = { site: Site; unit: Unit };

function queryText(value: unknown, max: number): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? v.normalize("NFC").trim().slice(0, max) : "";
}

/** The list's filters from the query string; anything not understood is dropped rather than refused. */
function listQueryFrom(query: Record<string, unknown>): { query: ListQuery; page: number } {
  const unit = queryText(query["don-vi"], 40);
  const topic = queryText(query["chu-de"], 80);
  const page = Number(queryText(query.trang, 6));
  return {
    query: {
      q: queryText(query.q, 200),
      topic: SITE_SLUG.test(topic) ? topic : "",
      unit: UUID_PATTERN.test(unit) ? unit.toLowerCase() : "",
    },
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

const KIND_PAGES: { kind: QuestionKind; list: string; ask: string }[] = [
  { kind: "citizen", list: PARTICIPATION_PATHS.questions, ask: PARTICIPATION_PATHS.ask },
  { kind: "business", list: PARTICIPATION_PATHS.businessQuestions, ask: PARTICIPATION_PATHS.askBusiness },
  { kind: "feedback", list: PARTICIPATION_PATHS.feedback, ask: PARTICIPATION_PATHS.askFeedback },
];

/** One page of a list; a page number past the end shows the last page. */
async function pageOf<Row>(
  requested: number,
  load: (page: { limit: number; offset: number }) => Promise<{ rows: Row[]; total: number }>,
): Promise<{ rows: Row[]; total: number; page: number; pages: number }> {
  const at = (n: number) => load({ limit: PUBLIC_PAGE_SIZE, offset: (n - 1) * PUBLIC_PAGE_SIZE });
  let list = await at(requested);
  const pages = Math.max(1, Math.ceil(list.total / PUBLIC_PAGE_SIZE));
  const page = Math.min(requested, pages);
  if (page !== requested) list = await at(page);
  return { ...list, page, pages };
}

function sendHtml(reply: FastifyReply, page: JSX.Element, status = 200): FastifyReply {
  return reply.code(status).type("text/html; charset=utf-8").send(renderDocument(page));
}

/** Public: lists and search, question pages, ask forms, the sent page, a unit's site Q&A, "my questions". */
export async function questionPublicRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  async function sendList(
    request: FastifyRequest<{ Querystring: Record<string, unknown> }>,
    reply: FastifyReply,
    found: Found,
    kind: QuestionKind | null,
    base: string,
  ) {
    const lang = found.site.lang;
    const { query, page: requested } = listQueryFrom(request.query);
    const scopeUnitId = kind === null ? found.unit.id : null;
    const [topics, units] = await Promise.all([
      listTopics(db, lang),
      listAnsweringUnits(db, kind, scopeUnitId),
    ]);
    const topicId = topics.find((c) => c.slug === query.topic)?.id ?? null;
    const filters = {
      kind,
      q: query.q,
      topicId,
      unitId: query.unit || null,
      scopeUnitId,
    };
    const list = await pageOf(requested, (page) => listPublished(db, filters, page));
    const unitName = lang === "en" ? found.unit.name_en : found.unit.name_vi;
    return sendHtml(
      reply,
      <QuestionListPage
        shell={buildShell(request, found.site, found.unit)}
        kind={kind}
        title={kind ? kindTitle(kind, lang) : tq(lang, "siteTitle")}
        intro={kind ? tq(lang, `intro.${kind}`) : tq(lang, "intro.site", { unit: unitName })}
        base={base}
        query={query}
        topics={topics}
        units={units}
        rows={list.rows}
        total={list.total}
        page={list.page}
        pages={list.pages}
      />,
    );
  }

  async function mainSite(): Promise<Found> {
    const found = await loadSiteWithUnit(db, "");
    if (!found) throw notFound();
    return found;
  }

  for (const { kind, list } of KIND_PAGES) {
    app.get<{ Querystring: Record<string, unknown> }>(list, async (request, reply) =>
      sendList(request, reply, await mainSite(), kind, list),
    );
  }

  app.get<{ Params: { site: string }; Querystring: Record<string, unknown> }>(
    PARTICIPATION_PATHS.siteQuestions(":site"),
    async (request, reply) => {
      const slug = request.params.site;
      if (slug.length > 80 || !SITE_SLUG.test(slug)) throw notFound();
      const found = await loadSiteWithUnit(db, slug);
      if (found?.site.kind !== "component") throw notFound();
      return sendList(request, reply, found, null, PARTICIPATION_PATHS.siteQuestions(slug));
    },
  );

  app.get<{ Params: { slug: string } }>(
    routePattern(PARTICIPATION_PATHS.question),
    async (request, reply) => {
      const code = request.params.slug;
      if (!looksLikeQuestionCode(code)) throw notFound();
      const question = await getPublished(db, code);
      if (!question) throw notFound();
      const found = await mainSite();
      return sendHtml(
        reply,
        <QuestionPage shell={buildShell(request, found.site, found.unit)} question={question} />,
      );
    },
  );

  async function sendAskForm(
    request: FastifyRequest,
    reply: FastifyReply,
    kind: QuestionKind,
    citizen: CitizenPrincipal,
    values: AskFormValues,
    status: 200 | 422 | 429,
    extra: { errors?: Record<string, string>; retryMinutes?: number } = {},
  ) {
    const shell = await mainShell(request);
    const [topics, units] = await Promise.all([listTopics(db, shell.lang), listAskableUnits(db)]);
    return sendCitizenPage(
      reply,
      <AskPage
        shell={shell}
        kind={kind}
        csrf={requestCsrfToken(request)}
        askerName={citizen.fullName}
        topics={topics}
        units={units}
        values={values}
        errors={extra.errors}
        retryMinutes={extra.retryMinutes}
      />,
      status,
    );
  }

  async function sendSignIn(
    request: FastifyRequest,
    reply: FastifyReply,
    kind: QuestionKind,
    status: 200 | 401,
  ) {
    return sendCitizenPage(reply, <SignInToAskPage shell={await mainShell(request)} kind={kind} />, status);
  }

  for (const { kind, ask } of KIND_PAGES) {
    app.get(ask, async (request, reply) => {
      const citizen = citizenOf(request);
      if (!citizen) return sendSignIn(request, reply, kind, 200);
      return sendAskForm(request, reply, kind, citizen, emptyAskForm(citizen), 200);
    });

    app.post(ask, async (request, reply) => {
      const citizen = citizenOf(request);
      if (!citizen) return sendSignIn(request, reply, kind, 401);
      const values = askFormValues(request.body);
      const lang = "vi" as const;
      const [topics, units] = await Promise.all([listTopics(db, lang), listAskableUnits(db)]);
      const parsed = parseAsk(kind, values, lang, {
        topicIds: new Set(topics.map((c) => c.id)),
        unitIds: new Set(units.map((c) => c.id)),
      });
      if (!parsed.ok)
        return sendAskForm(request, reply, kind, citizen, values, 422, { errors: parsed.errors });
      const input = parsed.value;
      const now = new Date();
      const ipHash = await senderHash(db, request.ip);
      const outcome = await inTransaction(db, async (tx) => {
        const decision = await admitPost(tx, { kind: "question", citizenId: citizen.id, ipHash, now });
        if (!decision.allowed) return { waitSeconds: decision.retryAfterSeconds, created: null };
        const flagged = await flaggedWords(
          tx,
          input.title,
          input.body,
          input.regulation ?? "",
          input.businessName ?? "",
        );
        const created = await insertQuestion(tx, {
          input,
          citizen: { id: citizen.id, fullName: citizen.fullName, email: citizen.email, phone: citizen.phone },
          flaggedWords: flagged,
          ipHash,
          now,
        });
        await enqueueAskReceipt(app.services, tx, { ...created, title: input.title }, citizen);
        return { waitSeconds: 0, created };
      });
      if (!outcome.created) {
        reply.header("retry-after", String(outcome.waitSeconds));
        return sendAskForm(request, reply, kind, citizen, values, 429, {
          retryMinutes: Math.max(1, Math.ceil(outcome.waitSeconds / 60)),
        });
      }
      return reply.redirect(PARTICIPATION_PATHS.asked(outcome.created.code), 303);
    });
  }

  app.get<{ Params: { slug: string } }>(routePattern(PARTICIPATION_PATHS.asked), async (request, reply) => {
    const citizen = citizenOf(request);
    const code = request.params.slug;
    if (!citizen || !looksLikeQuestionCode(code)) throw notFound();
    const question = await getOwnQuestion(db, citizen.id, code);
    if (!question) throw notFound();
    return sendCitizenPage(reply, <SentPage shell={await mainShell(request)} question={question} />);
  });

  app.get<{ Querystring: Record<string, unknown> }>(
    PARTICIPATION_PATHS.myQuestions,
    async (request, reply) => {
      const citizen = citizenOf(request);
      if (!citizen) return reply.redirect(signInHref(PARTICIPATION_PATHS.myQuestions), 303);
      const requested = listQueryFrom(request.query).page;
      const list = await pageOf(requested, (page) => listMine(db, citizen.id, page));
      return sendCitizenPage(
        reply,
        <MyQuestionsPage
          shell={await mainShell(request)}
          csrf={requestCsrfToken(request)}
          citizen={citizen}
          rows={list.rows}
          page={list.page}
          pages={list.pages}
        />,
      );
    },
  );
}
