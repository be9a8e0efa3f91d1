import {
  CsrfField,
  ErrorSummary,
  type Errors,
  SelectField,
} from "../../../../platform/ui/components/forms.js";
import { tm } from "../catalogue.js";
import type { MediaTextValues } from "../domain/media-input.js";
import { formatLimit, SIZE_LIMITS } from "../domain/media-policy.js";
import type { SiteOption } from "./media-list.js";
import { MediaTextFields } from "./media-text-fields.js";

export interface UploadFormValues extends MediaTextValues {
  site: string;
}

/** The file input, laid out like the other fields (label, hint, error beside it). */
function FileField({ errors }: { errors: Errors | undefined }) {
  const error = errors?.file;
  const describedBy = ["f-file-hint", error ? "f-file-error" : ""].filter(Boolean).join(" ");
  return (
    <div class={`form-group${error ? " has-error" : ""}`}>
      <label for="f-file">{tm("media.field.file")}</label>
      <span class="hint" id="f-file-hint">
        {tm("media.field.fileHint", {
          image: formatLimit(SIZE_LIMITS.image),
          pdf: formatLimit(SIZE_LIMITS.pdf),
          audio: formatLimit(SIZE_LIMITS.audio),
          video: formatLimit(SIZE_LIMITS.video),
        })}
      </span>
      {error ? (
        <span class="field-error" id="f-file-error">
          {error}
        </span>
      ) : null}
      <input
        type="file"
        id="f-file"
        name="file"
        required
        accept="image/jpeg,image/png,image/webp,image/gif,application/pdf,video/mp4,video/webm,audio/mpeg,audio/mp4,audio/ogg,.m4a"
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/**
 * The upload form. It is multipart, which the body parsers do not read before the CSRF check, so the token also
 * travels in the query string (src/platform/auth/csrf.ts).
 */
export function MediaUploadView({
  csrf,
  values,
  siteOptions,
  allowShared,
  errors,
}: {
  csrf: string;
  values: UploadFormValues;
  siteOptions: SiteOption[];
  allowShared: boolean;
  errors?: Errors | undefined;
}) {
  return (
    <>
      <ErrorSummary errors={errors} lang="vi" />
      <form
        method="post"
        action={`/admin/thu-vien?_csrf=${encodeURIComponent(csrf)}`}
        enctype="multipart/form-data"
        novalidate
      >
        <CsrfField token={csrf} />
        <SelectField
          name="site"
          label={tm("media.field.site")}
          value={values.site}
          errors={errors}
          options={siteOptions}
          {...(allowShared ? { emptyLabel: tm("media.field.shared") } : {})}
        />
        <MediaTextFields values={values} errors={errors} withCaptionsTrack captionsTrackRows={5} />
        {/* Last, so that when a file is refused mid-upload the fields above it have already been read and are kept. */}
        <FileField errors={errors} />
        <div class="form-group">
          <button type="submit" class="button">
            {tm("media.upload.submit")}
          </button>{" "}
          <a href="/admin/thu-vien">{tm("media.edit.back")}</a>
        </div>
      </form>
    </>
  );
}
