import { type Lang, t } from "../../../../platform/i18n/index.js";
import type { Errors } from "../../../../platform/ui/components/forms.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";
import type { CommentFormValues } from "../domain/comment-input.js";
import { CommentForm } from "./public-comments.js";

/**
 * The form on its own page, when a post cannot be accepted as sent (422: errors beside the fields; 429: too many
 * comments): what the reader typed is kept, with a fresh token and a link back to the article.
 */
export function CommentPage({
  shell,
  lang,
  contentId,
  title,
  articleHref,
  token,
  values,
  errors,
  tooMany,
}: {
  shell: PublicShell;
  lang: Lang;
  contentId: string;
  title: string;
  articleHref: string;
  token: string;
  values: CommentFormValues;
  errors?: Errors | undefined;
  tooMany?: { max: number; minutes: number; retry: number } | undefined;
}) {
  const tr = (key: string, params?: Record<string, string | number>) =>
    t(lang, `portalComments.${key}`, params);
  return (
    <PublicLayout shell={shell} title={tooMany ? tr("tooMany.title") : tr("pageTitle")}>
      <h1>{tooMany ? tr("tooMany.title") : tr("pageTitle")}</h1>
      <p>
        {tr("about", { title })} — <a href={articleHref}>{tr("back")}</a>
      </p>
      {tooMany ? (
        <div class="notice notice-warning" role="alert">
          {tr("tooMany", tooMany)}
        </div>
      ) : null}
      <CommentForm
        lang={lang}
        contentId={contentId}
        token={token}
        values={values}
        errors={errors}
        withHeading={false}
      />
    </PublicLayout>
  );
}
