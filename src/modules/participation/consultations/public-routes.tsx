import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { JSX } from "preact";
import { requestCsrfToken } from "../../../platform/auth/request-state.js";
import { isoOf, vnDayOf } from "../../../platform/calendar/domain/civil-date.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { notFound } from "../../../platform/http/errors.js";
import { sendPublicHtml } from "../../../platform/http/public-cache.js";
import { participationConsultationsPublic } from "../../../platform/i18n/catalogues/participation-consultations-public.js";
import { formatDate, registerCatalogue, t } from "../../../platform/i18n/index.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { citizenOf, mainShell, sendCitizenPage } from "../../citizens/index.js";
import { admitPost, flaggedWords, senderHash } from "../abuse/index.js";
import { formOf, routePattern, signInHref } from "../forms.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import type { ConsultationClause } from "../tables.js";
import {
  type ConsultationCommentValues,
  commentFormValues,
  parseConsultationComment,
} from "./domain/comment-input.js";
import { effectiveStatus } from "./domain/period.js";
import {
  findPublicConsultation,
  insertConsultationComment,
  listClauses,
  listCurrentConsultations,
  listPastConsultations,
  listResponseGroups,
  listVisibleComments,
  lockConsultationPeriod,
  type PublicConsultation,
} from "./public-store.js";
import { CommentFormPage, ConsultationMessagePage, EMPTY_COMMENT } from "./views/public-comment.js";
import { ConsultationDraftPage } from "./views/public-draft.js";
import { ConsultationListPage } from "./views/public-list.js";

registerCatalogue(participationConsultationsPublic);

/** Past consultations per page of the list (open and upcoming ones are few and always listed whole). */
export const PAST_PAGE_SIZE = 20;
const PAGE_PARAM = "trang";
const SLUG_MAX = 200;
const SENT_PARAM = "da-gui";
const DRAFT_ROUTE = routePattern(PARTICIPATION_PATHS.consultation);
const COMMENT_ROUTE = routePattern(PARTICIPATION_PATHS.consultationComment);

type SlugParams = { Params: { slug: string }; Querystring: Record<string, string | undefined> };

const today = (now: Date) => isoOf(vnDayOf(now));

/**
 * Public consultation on drafts (§E2): the list, a draft by article and clause with its published comments and, once
 * concluded, the synthesis and the responses at their clauses; the comment form for signed-in citizens. Pages that
 * show nothing personal are cacheable; a signed-in citizen's (own pending comments, forms) never are.
 */
export async function consultationPublicRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  async function draftOr404(slug: string): Promise<PublicConsultation> {
    if (slug.length > SLUG_MAX) throw notFound();
    const c = await findPublicConsultation(db, slug);
    if (!c) throw notFound();
    return c;
  }

  function send(request: FastifyRequest, reply: FastifyReply, page: JSX.Element, status = 200) {
    if (citizenOf(request) || status !== 200) return sendCitizenPage(reply, page, status);
    return sendPublicHtml(request, reply, renderDocument(page));
  }

  app.get<{ Querystring: Record<string, string | undefined> }>(
    PARTICIPATION_PATHS.consultations,
    async (request, reply) => {
      const day = today(new Date());
      const asked = Number.parseInt(request.query[PAGE_PARAM] ?? "1", 10);
      const page = Number.isSafeInteger(asked) && asked >= 1 && asked <= 10_000 ? asked : 1;
      const [current, past, shell] = await Promise.all([
        listCurrentConsultations(db, day),
        listPastConsultations(db, day, { offset: (page - 1) * PAST_PAGE_SIZE, limit: PAST_PAGE_SIZE }),
        mainShell(request),
      ]);
      const pages = Math.max(1, Math.ceil(past.total / PAST_PAGE_SIZE));
      if (page > pages) throw notFound();
      return send(
        request,
        reply,
        <ConsultationListPage
          shell={shell}
          current={current}
          past={past.rows}
          page={page}
          pages={pages}
          hrefFor={(n) =>
            n === 1
              ? PARTICIPATION_PATHS.consultations
              : `${PARTICIPATION_PATHS.consultations}?${PAGE_PARAM}=${n}#da-ket-thuc`
          }
          today={day}
        />,
      );
    },
  );

  app.get<SlugParams>(DRAFT_ROUTE, async (request, reply) => {
    const c = await draftOr404(request.params.slug);
    const citizen = citizenOf(request);
    const day = today(new Date());
    const state = effectiveStatus(c, day);
    const [clauses, comments, groups, shell] = await Promise.all([
      listClauses(db, c.id),
      listVisibleComments(db, c.id, citizen?.id ?? null),
      state === "concluded" ? listResponseGroups(db, c.id) : Promise.resolve([]),
      mainShell(request),
    ]);
    return send(
      request,
      reply,
      <ConsultationDraftPage
        shell={shell}
        consultation={c}
        state={state}
        today={day}
        clauses={clauses}
        comments={comments}
        groups={groups}
        csrf={citizen ? requestCsrfToken(request) : null}
        signInHref={signInHref(PARTICIPATION_PATHS.consultation(c.slug))}
      />,
    );
  });

  async function messagePage(
    request: FastifyRequest,
    reply: FastifyReply,
    c: PublicConsultation,
    page: { title: string; message: string; action?: { href: string; label: string } },
    status = 200,
  ) {
    return sendCitizenPage(
      reply,
      <ConsultationMessagePage shell={await mainShell(request)} draft={c} {...page} />,
      status,
    );
  }

  /** The comment form needs a signed-in citizen: say so and link to sign-in, which comes back to `next`. */
  function signInPage(
    request: FastifyRequest,
    reply: FastifyReply,
    c: PublicConsultation,
    next: string,
    status = 200,
  ) {
    const lang = request.lang;
    return messagePage(
      request,
      reply,
      c,
      {
        title: t(lang, "consultPublic.signIn.title"),
        message: t(lang, "consultPublic.signInNote"),
        action: { href: signInHref(next), label: t(lang, "consultPublic.signInToComment") },
      },
      status,
    );
  }

  /** 409 when the draft takes no comments today, saying why (not yet open, or closed). */
  async function notOpenPage(
    request: FastifyRequest,
    reply: FastifyReply,
    c: PublicConsultation,
    state: string,
  ) {
    const lang = request.lang;
    const message =
      state === "upcoming"
        ? t(lang, "consultPublic.notOpen.upcoming", { date: formatDate(c.opens_on) })
        : t(lang, "consultPublic.notOpen.closed", { date: formatDate(c.closes_on) });
    return messagePage(request, reply, c, { title: t(lang, "consultPublic.notOpen.title"), message }, 409);
  }

  async function formPage(
    request: FastifyRequest,
    reply: FastifyReply,
    c: PublicConsultation,
    clauses: ConsultationClause[],
    values: ConsultationCommentValues,
    extra: { status?: number; errors?: Record<string, string>; retryMinutes?: number } = {},
  ) {
    return sendCitizenPage(
      reply,
      <CommentFormPage
        shell={await mainShell(request)}
        draft={c}
        csrf={requestCsrfToken(request)}
        clauses={clauses}
        clause={clauses.find((x) => x.id === values.clause) ?? null}
        values={values}
        errors={extra.errors}
        retryMinutes={extra.retryMinutes}
      />,
      extra.status ?? 200,
    );
  }

  app.get<SlugParams>(COMMENT_ROUTE, async (request, reply) => {
    const c = await draftOr404(request.params.slug);
    const lang = request.lang;
    const here = request.url.split("#")[0] ?? PARTICIPATION_PATHS.consultationComment(c.slug);
    if (request.query[SENT_PARAM] === "1") {
      return messagePage(request, reply, c, {
        title: t(lang, "consultPublic.sent.title"),
        message: t(lang, "consultPublic.sent.body"),
      });
    }
    const state = effectiveStatus(c, today(new Date()));
    if (state !== "open") return notOpenPage(request, reply, c, state);
    if (!citizenOf(request)) return signInPage(request, reply, c, here);
    const clauses = await listClauses(db, c.id);
    const wanted = (request.query.dieu ?? "").toLowerCase();
    if (wanted !== "" && !clauses.some((x) => x.id === wanted)) throw notFound();
    return formPage(request, reply, c, clauses, { ...EMPTY_COMMENT, clause: wanted });
  });

  app.post<SlugParams>(
    COMMENT_ROUTE,
    // The per-citizen limits are counted in the database (admitPost); this coarser guard stops floods of refused posts.
    { config: { rateLimit: { max: 30, timeWindow: "10 minutes" } } },
    async (request, reply) => {
      const c = await draftOr404(request.params.slug);
      const lang = request.lang;
      const citizen = citizenOf(request);
      if (!citizen)
        return signInPage(request, reply, c, PARTICIPATION_PATHS.consultationComment(c.slug), 401);
      const now = new Date();
      const state = effectiveStatus(c, today(now));
      if (state !== "open") return notOpenPage(request, reply, c, state);
      const raw = formOf(request);
      const clauses = await listClauses(db, c.id);
      const parsed = parseConsultationComment(raw, new Set(clauses.map((x) => x.id)), lang);
      if (!parsed.ok)
        return formPage(request, reply, c, clauses, parsed.values, { status: 422, errors: parsed.errors });

      const input = parsed.value;
      const ipHash = await senderHash(db, request.ip);
      const outcome = await inTransaction(db, async (tx) => {
        // Closed or concluded by staff since the page was read: nothing is written.
        const period = await lockConsultationPeriod(tx, c.id);
        if (!period || effectiveStatus(period, today(now)) !== "open") return { kind: "closed" as const };
        const decision = await admitPost(tx, {
          kind: "consultation_comment",
          citizenId: citizen.id,
          ipHash,
          now,
        });
        if (!decision.allowed)
          return { kind: "refused" as const, retryAfterSeconds: decision.retryAfterSeconds };
        await insertConsultationComment(tx, {
          consultationId: c.id,
          clauseId: input.clauseId,
          citizenId: citizen.id,
          authorName: citizen.fullName,
          organisation: input.organisation,
          showName: input.showName,
          body: input.body,
          flaggedWords: await flaggedWords(tx, input.body, input.organisation ?? ""),
          ipHash,
          now,
        });
        return { kind: "sent" as const };
      });
      if (outcome.kind === "closed") return notOpenPage(request, reply, c, "closed");
      if (outcome.kind === "refused") {
        reply.header("retry-after", String(outcome.retryAfterSeconds));
        return formPage(request, reply, c, clauses, commentFormValues(raw), {
          status: 429,
          retryMinutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)),
        });
      }
      return reply.redirect(`${PARTICIPATION_PATHS.consultationComment(c.slug)}?${SENT_PARAM}=1`, 303);
    },
  );
}
