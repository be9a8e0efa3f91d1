import { CsrfField, ErrorSummary, type Errors, TextArea } from "../../../../platform/ui/components/forms.js";
import { ts } from "../catalogue.js";
import { WORDS_PATH } from "./spellcheck-panel.js";

/** The province's word list, edited as one entry per line (GOV.UK error summary; the text is kept on error). */
export function WordListPage(props: {
  csrf: string;
  text: string;
  count: number;
  errors?: Errors | undefined;
}) {
  return (
    <>
      <ErrorSummary errors={props.errors} lang="vi" />
      <p>{ts("portalSpellcheck.words.intro")}</p>
      <p>{ts("portalSpellcheck.words.count", { count: props.count })}</p>
      <form method="post" action={WORDS_PATH} novalidate>
        <CsrfField token={props.csrf} />
        <TextArea
          name="words"
          label={ts("portalSpellcheck.words.field")}
          hint={ts("portalSpellcheck.words.hint")}
          value={props.text}
          rows={20}
          errors={props.errors}
        />
        <div class="form-group">
          <button type="submit" class="button">
            {ts("portalSpellcheck.words.save")}
          </button>
        </div>
      </form>
    </>
  );
}
