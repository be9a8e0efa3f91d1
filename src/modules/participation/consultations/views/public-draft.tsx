import { formatDate, type Lang, t } from "../../../../platform/i18n/index.js";
import { Breadcrumbs } from "../../../../platform/ui/components/breadcrumbs.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import { publicAuthorName } from "../../abuse/index.js";
import { PARTICIPATION_PATHS } from "../../paths.js";
import type { ConsultationClause, ConsultationResponseGroup } from "../../tables.js";
import type { EffectiveStatus } from "../domain/period.js";
import type { PublicComment, PublicConsultation } from "../public-store.js";
import { CommentForm, clauseTitle, EMPTY_COMMENT, Paragraphs } from "./public-comment.js";
import { daysLeftText, periodText } from "./public-list.js";

const tr = (lang: Lang, key: string, params?: Record<string, string | number>) =>
  t(lang, `consultPublic.${key}`, params);

const GENERAL = "";
const anchor = {
  clause: (id: string) => `c-${id}`,
  comment: (id: string) => `y-kien-${id}`,
  group: (id: string) => `tiep-thu-${id}`,
};

function bucket<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function authorLine(lang: Lang, c: PublicComment): string {
  const name = publicAuthorName(c.author_name, c.show_name, lang);
  // The organisation identifies the author as much as the name does: shown only with the same consent.
  const who =
    c.show_name && c.organisation ? tr(lang, "organisation", { name, organisation: c.organisation }) : name;
  return tr(lang, "wrote", { name: who, date: formatDate(c.created_at) });
}

function CommentItem({ lang, c, answered }: { lang: Lang; c: PublicComment; answered: boolean }) {
  return (
    <li id={anchor.comment(c.id)}>
      <p class="comment-meta">
        {authorLine(lang, c)}
        {c.status === "pending" ? (
          <>
            {" "}
            <span class="tag">{tr(lang, "pending")}</span>{" "}
            <span class="muted">{tr(lang, "pendingNote")}</span>
          </>
        ) : null}
      </p>
      <div class="comment-body">
        <Paragraphs text={c.body} />
      </div>
      {answered && c.group_id ? (
        <p>
          <a href={`#${anchor.group(c.group_id)}`}>{tr(lang, "seeResponse")}</a>
        </p>
      ) : null}
    </li>
  );
}

function Comments({
  lang,
  label,
  comments,
  answered,
}: {
  lang: Lang;
  label: string;
  comments: PublicComment[];
  answered: boolean;
}) {
  const published = comments.filter((c) => c.status === "approved").length;
  return (
    <div class="comments">
      <p class="muted">{tr(lang, "commentCount", { count: published })}</p>
      {comments.length > 0 ? (
        <ul class="comment-list" aria-label={tr(lang, "commentsOn", { label })}>
          {comments.map((c) => (
            <CommentItem key={c.id} lang={lang} c={c} answered={answered} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The drafting unit's response to a group of comments, with the comments it answers, at its clause. */
function ResponseGroup({
  lang,
  group,
  comments,
}: {
  lang: Lang;
  group: ConsultationResponseGroup;
  comments: PublicComment[];
}) {
  return (
    <div class="notice" id={anchor.group(group.id)}>
      <p>
        <strong>{tr(lang, "groupSummary")}:</strong>
      </p>
      <Paragraphs text={group.summary} />
      <p>
        <strong>{tr(lang, "groupResponse")}:</strong>
      </p>
      <Paragraphs text={group.response} />
      {comments.length > 0 ? (
        <>
          <p>
            <strong>{tr(lang, "groupComments")}:</strong>
          </p>
          <ul>
            {comments.map((c) => (
              <li key={c.id}>
                <a href={`#${anchor.comment(c.id)}`}>{authorLine(lang, c)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export interface DraftPageProps {
  shell: PublicShell;
  consultation: PublicConsultation;
  state: EffectiveStatus;
  /** The Vietnamese day ("yyyy-mm-dd"), for the days left. */
  today: string;
  clauses: ConsultationClause[];
  comments: PublicComment[];
  groups: ConsultationResponseGroup[];
  /** Signed-in citizen's CSRF token (the inline general form), or null for a visitor (sign-in link instead). */
  csrf: string | null;
  signInHref: string;
}

export function ConsultationDraftPage(props: DraftPageProps) {
  const { shell, consultation: c, state, clauses, comments, csrf } = props;
  const lang = shell.lang;
  const open = state === "open";
  const concluded = state === "concluded";
  const groups = concluded ? props.groups : [];
  const commentsAt = bucket(comments, (x) => x.clause_id ?? GENERAL);
  const groupsAt = bucket(groups, (g) => g.clause_id ?? GENERAL);
  const answeredBy = bucket(
    comments.filter((x) => x.status === "approved" && x.group_id !== null),
    (x) => x.group_id ?? GENERAL,
  );
  const commentHref = (clauseId?: string) =>
    `${PARTICIPATION_PATHS.consultationComment(c.slug)}${clauseId ? `?dieu=${clauseId}` : ""}`;

  const responsesAt = (key: string) =>
    (groupsAt.get(key) ?? []).map((g) => (
      <ResponseGroup key={g.id} lang={lang} group={g} comments={answeredBy.get(g.id) ?? []} />
    ));

  return (
    <PublicLayout shell={shell} title={c.title} description={c.summary || undefined}>
      <Breadcrumbs
        label={tr(lang, "breadcrumbs")}
        home={{ href: shell.siteHref, label: tr(lang, "home") }}
        items={[{ href: PARTICIPATION_PATHS.consultations, label: tr(lang, "title") }, { label: c.title }]}
      />
      <h1>{c.title}</h1>
      <dl class="doc-summary">
        <dt>{tr(lang, "docType")}</dt>
        <dd>{c.doc_type}</dd>
        <dt>{tr(lang, "unit")}</dt>
        <dd>{c.unit_name}</dd>
        <dt>{tr(lang, "periodLabel")}</dt>
        <dd>{periodText(lang, c)}</dd>
        <dt>{tr(lang, "state")}</dt>
        <dd>
          {tr(lang, `state.${state}`)}
          {open ? ` (${daysLeftText(lang, c, props.today).toLocaleLowerCase("vi")})` : null}
        </dd>
      </dl>
      {c.summary ? (
        <section aria-labelledby="tom-tat">
          <h2 id="tom-tat">{tr(lang, "summary")}</h2>
          <Paragraphs text={c.summary} />
        </section>
      ) : null}
      {concluded && c.synthesis ? (
        <section aria-labelledby="tong-hop">
          <h2 id="tong-hop">{tr(lang, "synthesis")}</h2>
          <Paragraphs text={c.synthesis} />
        </section>
      ) : null}
      {open && csrf === null ? (
        <div class="notice">
          <p>{tr(lang, "signInNote")}</p>
          <p>
            <a href={props.signInHref}>{tr(lang, "signInToComment")}</a>
          </p>
        </div>
      ) : null}
      <nav aria-labelledby="muc-luc">
        <h2 id="muc-luc">{tr(lang, "toc")}</h2>
        <ol>
          {clauses
            .filter((x) => x.clause_no === null)
            .map((x) => (
              <li key={x.id}>
                <a href={`#${anchor.clause(x.id)}`}>{clauseTitle(x)}</a>
              </li>
            ))}
          <li>
            <a href="#gop-y-chung">{tr(lang, "generalComments")}</a>
          </li>
        </ol>
      </nav>
      <section aria-labelledby="noi-dung">
        <h2 id="noi-dung">{tr(lang, "text")}</h2>
        {clauses.map((x) => {
          const Heading = x.clause_no === null ? "h3" : "h4";
          return (
            <section key={x.id} id={anchor.clause(x.id)} aria-labelledby={`h-${x.id}`}>
              <Heading id={`h-${x.id}`}>{clauseTitle(x)}</Heading>
              <Paragraphs text={x.body} />
              <Comments
                lang={lang}
                label={x.label}
                comments={commentsAt.get(x.id) ?? []}
                answered={concluded}
              />
              {responsesAt(x.id)}
              {open ? (
                <p>
                  <a href={commentHref(x.id)}>{tr(lang, "commentOn", { label: x.label })}</a>
                </p>
              ) : null}
            </section>
          );
        })}
      </section>
      <section aria-labelledby="gop-y-chung">
        <h2 id="gop-y-chung">{tr(lang, "generalComments")}</h2>
        <Comments
          lang={lang}
          label={tr(lang, "general")}
          comments={commentsAt.get(GENERAL) ?? []}
          answered={concluded}
        />
        {responsesAt(GENERAL)}
        {open && csrf !== null ? (
          <>
            <h3>{tr(lang, "general")}</h3>
            <CommentForm
              lang={lang}
              slug={c.slug}
              csrf={csrf}
              clauses={clauses}
              values={EMPTY_COMMENT}
              idPrefix="chung-"
            />
          </>
        ) : open ? (
          <p>
            <a href={commentHref()}>{tr(lang, "generalCommentLink")}</a>
          </p>
        ) : null}
      </section>
    </PublicLayout>
  );
}
