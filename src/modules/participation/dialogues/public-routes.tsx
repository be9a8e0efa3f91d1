import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { requestCsrfToken } from "../../../platform/auth/request-state.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError, notFound } from "../../../platform/http/errors.js";
import { t } from "../../../platform/i18n/index.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { citizenOf, mainShell, sendCitizenPage } from "../../citizens/index.js";
import { admitPost, flaggedWords, senderHash } from "../abuse/index.js";
import { formOf, routePattern, signInHref } from "../forms.js";
import { PARTICIPATION_PATHS } from "../paths.js";
import { type AskValues, askValues, parseAsk } from "./domain/input.js";
import { acceptsQuestions, groupDialogues, lastEventId } from "./domain/state.js";
import { answerEvent, ENDED_EVENT, LiveHub } from "./live.js";
import { answersAfter, dialogueBySlug, insertQuestion, listDialogues } from "./store.js";
import { answerView } from "./views/answer-view.js";
import {
  ASK_ANCHOR,
  type AskArea,
  AskPage,
  DialogueListPage,
  DialoguePage,
  type DialogueSummary,
  SENT_PARAM,
} from "./views/public-pages.js";

const tv = (key: string, params?: Record<string, string | number>) =>
  t("vi", `participationDialogues.${key}`, params);

function summaryOf(d: NonNullable<Awaited<ReturnType<typeof dialogueBySlug>>>): DialogueSummary {
  return {
    slug: d.slug,
    title: d.title,
    description: d.description,
    leaderName: d.leader_name,
    leaderTitle: d.leader_title,
    unitName: d.unit_name,
    status: d.status,
    startsAt: new Date(d.starts_at),
    endsAt: new Date(d.ends_at),
    acceptingQuestions: d.accepting_questions,
  };
}

export interface DialoguePublicOptions {
  /** How often each node polls the database for new answers of a dialogue with viewers. */
  pollMs?: number;
  heartbeatMs?: number;
}

/**
 * Public side of online dialogues (§E3): the list, one dialogue (question form, answers, transcript), asking
 * (signed-in citizens only, rate-limited, moderated before anything is public) and the live stream of answers.
 */
export async function dialoguePublicRoutes(
  app: FastifyInstance,
  opts: DialoguePublicOptions = {},
): Promise<void> {
  const { db } = app.services;
  const hub = new LiveHub(
    db,
    {
      pollMs: opts.pollMs ?? 1000,
      heartbeatMs: opts.heartbeatMs ?? 20_000,
      render: (a) => answerView(a, "vi"),
    },
    app.log,
  );
  // Open streams would hold the server open: end them first (browsers reconnect, to another node if need be).
  app.addHook("preClose", async () => hub.close());

  async function loadDialogue(slugParam: string) {
    const slug = slugParam.normalize("NFC").slice(0, 200);
    const d = await dialogueBySlug(db, slug);
    if (!d) throw notFound();
    return d;
  }

  app.get(PARTICIPATION_PATHS.dialogues, async (request, reply) => {
    const [rows, shell] = await Promise.all([listDialogues(db, null), mainShell(request)]);
    return reply
      .type("text/html; charset=utf-8")
      .header("cache-control", "private, no-cache")
      .header("vary", "Cookie")
      .send(renderDocument(<DialogueListPage shell={shell} groups={groupDialogues(rows)} />));
  });

  app.get<{ Params: { slug: string }; Querystring: Record<string, string | undefined> }>(
    routePattern(PARTICIPATION_PATHS.dialogue),
    async (request, reply) => {
      const d = await loadDialogue(request.params.slug);
      const citizen = citizenOf(request);
      const [answers, shell] = await Promise.all([answersAfter(db, d.id, 0), mainShell(request)]);
      const ask: AskArea = citizen
        ? {
            kind: "form",
            csrf: requestCsrfToken(request),
            values: { body: "", showName: false },
            sent: request.query[SENT_PARAM] === "1",
          }
        : { kind: "signIn", href: signInHref(`${PARTICIPATION_PATHS.dialogue(d.slug)}#${ASK_ANCHOR}`) };
      const page = (
        <DialoguePage
          shell={shell}
          d={summaryOf(d)}
          answers={answers.map((a) => answerView(a, "vi"))}
          ask={ask}
        />
      );
      if (citizen) return sendCitizenPage(reply, page);
      // A finished dialogue's transcript no longer changes: shared caches may keep it. Until then, revalidate.
      return reply
        .type("text/html; charset=utf-8")
        .header("cache-control", d.status === "ended" ? "public, max-age=600" : "no-cache")
        .header("vary", "Cookie")
        .send(renderDocument(page));
    },
  );

  async function sendAsk(
    request: FastifyRequest,
    reply: FastifyReply,
    d: { slug: string; title: string },
    values: AskValues,
    status: 200 | 422 | 429,
    extra: { errors?: Record<string, string>; tooManyMinutes?: number } = {},
  ) {
    return sendCitizenPage(
      reply,
      <AskPage
        shell={await mainShell(request)}
        d={d}
        csrf={requestCsrfToken(request)}
        values={values}
        errors={extra.errors}
        tooManyMinutes={extra.tooManyMinutes}
      />,
      status,
    );
  }

  const closed = () => new AppError(409, "dialogue_closed", "participationDialogues.error.closed");

  app.get<{ Params: { slug: string } }>(
    routePattern(PARTICIPATION_PATHS.dialogueAsk),
    async (request, reply) => {
      const d = await loadDialogue(request.params.slug);
      if (!citizenOf(request))
        return reply.redirect(signInHref(PARTICIPATION_PATHS.dialogueAsk(d.slug)), 303);
      if (!acceptsQuestions({ status: d.status, acceptingQuestions: d.accepting_questions })) throw closed();
      return sendAsk(request, reply, d, { body: "", showName: false }, 200);
    },
  );

  app.post<{ Params: { slug: string } }>(
    routePattern(PARTICIPATION_PATHS.dialogueAsk),
    async (request, reply) => {
      const d = await loadDialogue(request.params.slug);
      const citizen = citizenOf(request);
      if (!citizen) return reply.redirect(signInHref(PARTICIPATION_PATHS.dialogue(d.slug)), 303);
      const values = askValues(formOf(request));
      const parsed = parseAsk(values, tv);
      if (!parsed.ok) return sendAsk(request, reply, d, values, 422, { errors: parsed.errors });
      const now = new Date();
      const ipHash = await senderHash(db, request.ip);
      const outcome = await inTransaction(db, async (tx) => {
        // Read again under the transaction: the moderators may have closed the questions meanwhile.
        const current = await tx
          .selectFrom("dialogues")
          .select(["status", "accepting_questions"])
          .where("id", "=", d.id)
          .forShare()
          .executeTakeFirst();
        if (
          !current ||
          !acceptsQuestions({ status: current.status, acceptingQuestions: current.accepting_questions })
        ) {
          return { closed: true as const };
        }
        const decision = await admitPost(tx, {
          kind: "dialogue_question",
          citizenId: citizen.id,
          ipHash,
          now,
        });
        if (!decision.allowed) return { closed: false as const, decision };
        await insertQuestion(tx, {
          dialogueId: d.id,
          citizenId: citizen.id,
          askerName: citizen.fullName ?? "",
          showName: parsed.value.showName,
          body: parsed.value.body,
          flaggedWords: await flaggedWords(tx, parsed.value.body),
          ipHash,
          now,
        });
        return { closed: false as const, decision };
      });
      if (outcome.closed) throw closed();
      if (!outcome.decision.allowed) {
        reply.header("retry-after", String(outcome.decision.retryAfterSeconds));
        return sendAsk(request, reply, d, values, 429, {
          tooManyMinutes: Math.max(1, Math.ceil(outcome.decision.retryAfterSeconds / 60)),
        });
      }
      return reply.redirect(`${PARTICIPATION_PATHS.dialogue(d.slug)}?${SENT_PARAM}=1#${ASK_ANCHOR}`, 303);
    },
  );

  app.get<{ Params: { slug: string } }>(
    routePattern(PARTICIPATION_PATHS.dialogueLive),
    async (request, reply) => {
      const d = await loadDialogue(request.params.slug);
      const after = lastEventId(request.headers["last-event-id"]);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        // Proxies that buffer responses would hold the events back.
        "x-accel-buffering": "no",
        connection: "keep-alive",
      });
      raw.write("retry: 5000\n\n");
      const viewer = {
        write: (chunk: string) => {
          if (!raw.writableEnded) raw.write(chunk);
        },
        end: () => {
          if (!raw.writableEnded) raw.end();
        },
      };
      if (d.status === "ended") {
        // Nothing more will come: what was missed, then the end, without joining a channel.
        for (const a of await answersAfter(db, d.id, after))
          viewer.write(answerEvent(a.seq, answerView(a, "vi")));
        viewer.write(ENDED_EVENT);
        viewer.end();
        return;
      }
      const detach = await hub.attach(d.id, after, viewer);
      raw.on("close", detach);
      if (raw.destroyed) detach();
    },
  );
}
