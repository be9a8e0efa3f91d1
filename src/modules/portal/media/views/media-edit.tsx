import { formatDateTime } from "../../../../platform/i18n/index.js";
import { CsrfField, ErrorSummary, type Errors } from "../../../../platform/ui/components/forms.js";
import type { Media } from "../../tables.js";
import { tm } from "../catalogue.js";
import type { MediaTextValues } from "../domain/media-input.js";
import { formatSize, variantName } from "../domain/media-policy.js";
import { MediaPlayer, mediaUrl } from "../responsive-image.js";
import type { MediaUsage } from "../store.js";
import { MediaTextFields } from "./media-text-fields.js";

/** Where a file is used, as sentences an editor reads ("Ảnh đại diện của bài “…”"). */
export function usagePlaces(usage: MediaUsage): string[] {
  return [
    ...usage.covers.map((c) => tm("media.edit.usedCover", { title: c.title })),
    ...usage.bodies.map((c) => tm("media.edit.usedBody", { title: c.title })),
    ...usage.legal.map((l) => tm("media.edit.usedLegal", { number: l.numberSymbol })),
  ];
}

export function MediaEditView({
  csrf,
  media,
  siteName,
  usage,
  values,
  canEdit,
  errors,
}: {
  csrf: string;
  media: Media;
  siteName: string | null;
  usage: MediaUsage;
  values: MediaTextValues;
  canEdit: boolean;
  errors?: Errors | undefined;
}) {
  const places = usagePlaces(usage);
  const playable = media.kind === "video" || media.kind === "audio";
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <div class="media-preview">
        <h2>{tm("media.edit.preview")}</h2>
        <MediaPlayer media={media} sizes="(min-width: 60rem) 40rem, 100vw" />
      </div>
      <h2>{tm("media.edit.details")}</h2>
      <dl class="contact-list">
        <dt>{tm("media.edit.kind")}</dt>
        <dd>{tm(`media.kind.${media.kind}`)}</dd>
        <dt>{tm("media.field.site")}</dt>
        <dd>{siteName ?? tm("media.field.shared")}</dd>
        <dt>{tm("media.edit.mime")}</dt>
        <dd>{media.mime}</dd>
        <dt>{tm("media.edit.size")}</dt>
        <dd>{formatSize(Number(media.size_bytes))}</dd>
        {media.width && media.height ? (
          <>
            <dt>{tm("media.edit.dimensions")}</dt>
            <dd>
              {media.width} × {media.height} px
            </dd>
          </>
        ) : null}
        <dt>{tm("media.edit.uploaded")}</dt>
        <dd>{formatDateTime(media.created_at)}</dd>
        <dt>{tm("media.edit.url")}</dt>
        <dd>
          <a href={mediaUrl(media.sha256)}>
            <code>{mediaUrl(media.sha256)}</code>
          </a>
        </dd>
      </dl>
      {media.variants.length > 0 ? (
        <>
          <h2>{tm("media.edit.variants")}</h2>
          <ul class="media-variants">
            {media.variants.map((v) => (
              <li key={variantName(v)}>
                <a href={mediaUrl(media.sha256, variantName(v))}>{variantName(v)}</a> — {v.width} × {v.height}{" "}
                px, {formatSize(v.sizeBytes)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{tm("media.edit.usage")}</h2>
      {places.length === 0 ? (
        <p>{tm("media.edit.unused")}</p>
      ) : (
        <ul class="media-usage">
          {places.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <>
          <form method="post" action={`/admin/thu-vien/${media.id}`}>
            <CsrfField token={csrf} />
            <MediaTextFields
              values={values}
              errors={errors}
              withCaptionsTrack={playable}
              captionsTrackRows={8}
            />
            <div class="form-group">
              <button type="submit" class="button">
                {tm("media.edit.save")}
              </button>
            </div>
          </form>
          <form method="post" action={`/admin/thu-vien/${media.id}/xoa`} class="inline-form">
            <CsrfField token={csrf} />
            <p class="hint" id="delete-hint">
              {tm("media.edit.deleteHint")}
            </p>
            <button type="submit" id="f-delete" class="button warning" aria-describedby="delete-hint">
              {tm("media.edit.delete")}
            </button>
          </form>
        </>
      ) : null}
      <p>
        <a href="/admin/thu-vien">{tm("media.edit.back")}</a>
      </p>
    </>
  );
}
