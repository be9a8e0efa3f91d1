import { type Errors, TextArea, TextField } from "../../../../platform/ui/components/forms.js";
import { tm } from "../catalogue.js";
import type { MediaTextValues } from "../domain/media-input.js";
import { ALT_MAX_LENGTH, CREDIT_MAX_LENGTH } from "../domain/media-policy.js";

/**
 * The words that go with a file, as the upload and edit forms ask for them: alt text, caption, credit and, for audio
 * and video, the captions track.
 */
export function MediaTextFields({
  values,
  errors,
  withCaptionsTrack,
  captionsTrackRows,
}: {
  values: MediaTextValues;
  errors: Errors | undefined;
  withCaptionsTrack: boolean;
  captionsTrackRows: number;
}) {
  return (
    <>
      <TextField
        name="alt"
        label={tm("media.field.alt")}
        hint={tm("media.field.altHint")}
        value={values.alt}
        errors={errors}
        maxLength={ALT_MAX_LENGTH}
      />
      <TextArea
        name="caption"
        label={tm("media.field.caption")}
        value={values.caption}
        errors={errors}
        rows={3}
      />
      <TextField
        name="credit"
        label={tm("media.field.credit")}
        hint={tm("media.field.creditHint")}
        value={values.credit}
        errors={errors}
        maxLength={CREDIT_MAX_LENGTH}
      />
      {withCaptionsTrack ? (
        <TextArea
          name="captions"
          label={tm("media.field.captions")}
          hint={tm("media.field.captionsHint")}
          value={values.captions}
          errors={errors}
          rows={captionsTrackRows}
        />
      ) : null}
    </>
  );
}
