import type { FastifyRequest } from "fastify";
import type { JSX } from "preact";
import { vnDay } from "../../platform/calendar/vn-day.js";
import type { Executor } from "../../platform/db/transaction.js";
import { PAGE_CACHE_TTL_MS } from "../../platform/http/public-cache.js";
import { participationHome } from "../../platform/i18n/catalogues/participation-home.js";
import { formatDate, type Lang, registerCatalogue, t } from "../../platform/i18n/index.js";
import { type HomeSite, registerHomeContribution } from "../../platform/ui/home-contributions.js";
import { renderFragment } from "../../platform/ui/render.js";
import { daysLeft } from "./consultations/domain/period.js";
import { PARTICIPATION_PATHS } from "./paths.js";
import "./tables.js";

registerCatalogue(participationHome);

/** How many recently answered questions the home shows. */
export const HOME_ANSWERED = 5;
/** At most this many open drafts (a province rarely has more open at once). */
const HOME_OPEN_DRAFTS = 5;

interface HomeData {
  answered: { code: string; title: string; published_at: Date }[];
  open: { slug: string; title: string; doc_type: string; opens_on: string; closes_on: string }[];
  today: string;
}

/** Two queries whatever the data size: the latest answers (on the partial index) and the drafts open today. */
async function loadHomeData(db: Executor, now: Date): Promise<HomeData> {
  const today = vnDay(now);
  const [answered, open] = await Promise.all([
    db
      .selectFrom("questions")
      .select(["code", "title", "published_at"])
      .where("status", "=", "published")
      .orderBy("published_at", "desc")
      .orderBy("code", "desc")
      .limit(HOME_ANSWERED)
      .execute(),
    db
      .selectFrom("consultations")
      .select(["slug", "title", "doc_type", "opens_on", "closes_on"])
      .where("status", "=", "published")
      .where("opens_on", "<=", today)
      .where("closes_on", ">=", today)
      .orderBy("closes_on")
      .orderBy("slug")
      .limit(HOME_OPEN_DRAFTS)
      .execute(),
  ]);
  return {
    answered: answered.map((q) => ({ code: q.code, title: q.title, published_at: q.published_at as Date })),
    open,
    today,
  };
}

function daysLeftText(lang: Lang, c: HomeData["open"][number], today: string): string {
  const days = daysLeft({ status: "published", opens_on: c.opens_on, closes_on: c.closes_on }, today);
  return days <= 1 ? t(lang, "participationHome.lastDay") : t(lang, "participationHome.daysLeft", { days });
}

export function ParticipationHomeSection({ data, lang }: { data: HomeData; lang: Lang }) {
  const P = PARTICIPATION_PATHS;
  return (
    <section class="home-section home-participation" aria-labelledby="hs-participation-title">
      <h2 id="hs-participation-title">{t(lang, "participationHome.title")}</h2>
      <h3 id="hs-participation-answered">{t(lang, "participationHome.answered")}</h3>
      {data.answered.length === 0 ? (
        <p>{t(lang, "participationHome.noAnswered")}</p>
      ) : (
        <ul class="doc-list" aria-labelledby="hs-participation-answered">
          {data.answered.map((q) => (
            <li key={q.code}>
              <a href={P.question(q.code)}>{q.title}</a>
              <span class="muted">
                {" "}
                – {q.code}, {t(lang, "participationHome.answeredOn")}{" "}
                <time datetime={vnDay(q.published_at)}>{formatDate(vnDay(q.published_at))}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="more-link">
        <a href={P.questions}>{t(lang, "participationHome.allQuestions")}</a> ·{" "}
        <a href={P.ask}>{t(lang, "participationHome.ask")}</a>
      </p>
      <h3 id="hs-participation-open">{t(lang, "participationHome.open")}</h3>
      {data.open.length === 0 ? (
        <p>{t(lang, "participationHome.noOpen")}</p>
      ) : (
        <ul class="doc-list" aria-labelledby="hs-participation-open">
          {data.open.map((c) => (
            <li key={c.slug}>
              <a href={P.consultation(c.slug)}>{c.title}</a>
              <span class="muted">
                {" "}
                – {daysLeftText(lang, c, data.today)} (
                <time datetime={c.closes_on}>{formatDate(c.closes_on)}</time>)
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="more-link">
        <a href={P.consultations}>{t(lang, "participationHome.allConsultations")}</a> ·{" "}
        <a href={P.dialogues}>{t(lang, "participationHome.dialogues")}</a>
      </p>
    </section>
  );
}

/** The page-cache tag of the block: publishing an answer or a draft purges it (and, with it, the home pages). */
export const PARTICIPATION_HOME_TAG = "participation";

/**
 * Renders the block on the main portal only (component and English sites have their own homes). The fragment is kept
 * in the page cache per Vietnamese day (the days left change at midnight), so the home page's query count does not
 * grow with this block.
 */
export async function renderParticipationHome(
  request: FastifyRequest,
  site: HomeSite,
): Promise<JSX.Element | null> {
  if (site.kind !== "main") return null;
  const { db, pageCache } = request.server.services;
  const now = new Date();
  const key = `participation-home|${site.id}|${vnDay(now)}`;
  let html = pageCache.get(key)?.body.toString("utf8");
  if (html === undefined) {
    const data = await loadHomeData(db, now);
    html = renderFragment(<ParticipationHomeSection data={data} lang={site.lang} />);
    pageCache.set(
      key,
      {
        body: Buffer.from(html, "utf8"),
        etag: "",
        contentType: "text/html; fragment",
        tags: [PARTICIPATION_HOME_TAG, `site:${site.id}`],
      },
      PAGE_CACHE_TTL_MS,
    );
  }
  // Rendered above by Preact from escaped values; only the wrapper is added here.
  return <div class="participation-home-block" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Called once by the module's plugin; registering again (a second test app) replaces the entry. */
export function registerParticipationHome(): void {
  registerHomeContribution("participation.home", 20, renderParticipationHome);
}
