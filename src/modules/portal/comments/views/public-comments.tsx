import { formatDateTime, type Lang, t } from "../../../../platform/i18n/index.js";
import { ErrorSummary, type Errors, TextArea, TextField } from "../../../../platform/ui/components/forms.js";
import { COMMENT_LIMITS, type CommentFormValues, FIELD } from "../domain/comment-input.js";
import type { PublicComment } from "../store.js";

/** Where the comment section starts; the post-redirect lands here. */
export const COMMENTS_ANCHOR = "binh-luan";
/** Query parameter of the post-redirect that shows "awaits moderation". */
export const SENT_PARAM = "y-kien";
export const SENT_VALUE = "da-gui";

export function commentPostPath(contentId: string): string {
  return `/binh-luan/${contentId}`;
}

/** The text as typed, paragraph by paragraph; Preact escapes it (never rendered as HTML). */
function CommentBody({ body }: { body: string }) {
  return (
    <div class="comment-body">
      {body.split("\n\n").map((para, i) => (
        <p key={i}>
          {para.split("\n").flatMap((line, j) => (j === 0 ? [line] : [<br key={`b${j}`} />, line]))}
        </p>
      ))}
    </div>
  );
}

/**
 * The reader's form. Works without JavaScript; the hidden token replaces a CSRF token (the page is shared by the
 * page cache) and the "website" field, hidden from people and assistive technology, catches form-filling bots.
 */
export function CommentForm({
  lang,
  contentId,
  token,
  values,
  errors,
  withHeading = true,
}: {
  lang: Lang;
  contentId: string;
  token: string;
  values?: CommentFormValues | undefined;
  errors?: Errors | undefined;
  /** Under an article the form has its own heading; on its own page the page's h1 names it. */
  withHeading?: boolean;
}) {
  const tr = (key: string, params?: Record<string, string | number>) =>
    t(lang, `portalComments.${key}`, params);
  return (
    <form method="post" action={commentPostPath(contentId)} class="comment-form" novalidate>
      {withHeading ? <h3 id="comment-form-title">{tr("formTitle")}</h3> : null}
      <p class="hint">{tr("formIntro")}</p>
      <ErrorSummary errors={errors} lang={lang} />
      <input type="hidden" name={FIELD.token} value={token} />
      <div class="visually-hidden" aria-hidden="true">
        <label for="f-comment-website">{tr("honeypot")}</label>
        <input
          type="text"
          id="f-comment-website"
          name={FIELD.trap}
          value=""
          tabindex={-1}
          autocomplete="off"
        />
      </div>
      <TextField
        name={FIELD.name}
        label={tr("name")}
        value={values?.name}
        errors={errors}
        autocomplete="name"
        maxLength={COMMENT_LIMITS.nameMax}
        required
      />
      <TextField
        name={FIELD.email}
        type="email"
        label={tr("email")}
        value={values?.email}
        errors={errors}
        autocomplete="email"
        maxLength={COMMENT_LIMITS.emailMax}
      />
      <TextArea
        name={FIELD.body}
        label={tr("body")}
        hint={tr("bodyHint", { max: COMMENT_LIMITS.bodyMax })}
        value={values?.body}
        errors={errors}
        rows={6}
      />
      <div class="form-group">
        <button type="submit" class="button">
          {tr("submit")}
        </button>
      </div>
    </form>
  );
}

/** Under an article: approved comments (only those) and, when the article takes comments, the form. */
export function CommentsSection({
  lang,
  contentId,
  comments,
  open,
  token,
  sent,
}: {
  lang: Lang;
  contentId: string;
  comments: PublicComment[];
  open: boolean;
  token: string;
  sent: boolean;
}) {
  const tr = (key: string, params?: Record<string, string | number>) =>
    t(lang, `portalComments.${key}`, params);
  return (
    <section class="comments" id={COMMENTS_ANCHOR} aria-labelledby="comments-title">
      <h2 id="comments-title">{tr("section")}</h2>
      {sent ? (
        <div class="notice" role="status">
          {tr("sent")}
        </div>
      ) : null}
      {comments.length > 0 ? (
        <>
          <p class="muted">{tr("count", { count: comments.length })}</p>
          <ol class="comment-list">
            {comments.map((c) => (
              <li key={c.id} id={`y-kien-${c.id}`}>
                <p class="comment-meta">
                  <strong>{c.name}</strong> ·{" "}
                  <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt)}</time>
                </p>
                <CommentBody body={c.body} />
              </li>
            ))}
          </ol>
        </>
      ) : open ? (
        <p class="muted">{tr("none")}</p>
      ) : null}
      {open ? (
        <CommentForm lang={lang} contentId={contentId} token={token} />
      ) : (
        <p class="muted">{tr("closed")}</p>
      )}
    </section>
  );
}
