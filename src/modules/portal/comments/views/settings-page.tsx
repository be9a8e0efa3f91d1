import { formatDateTime, type Lang, t } from "../../../../platform/i18n/index.js";
import { MAX_WORD_LENGTH, MAX_WORDS } from "../../../../platform/moderation/banned-words.js";
import { CsrfField, ErrorSummary, type Errors, TextArea } from "../../../../platform/ui/components/forms.js";
import type { ClosedItem, SiteCommentState } from "../store.js";
import { itemSwitchPath, QUEUE_PATH, SETTINGS_PATH, SITE_SWITCH_PATH, WORDS_PATH } from "./paths.js";

/** A banned list the person may edit: the province-wide one (site null) or one site's. */
export interface WordList {
  siteId: string | null;
  title: string;
  /** The textarea's content: the stored words, or what was typed when it was refused. */
  text: string;
  errors?: Errors | undefined;
}

function WordsForm({ lang, csrf, list }: { lang: Lang; csrf: string; list: WordList }) {
  const tr = (key: string, params?: Record<string, string | number>) =>
    t(lang, `portalComments.${key}`, params);
  const name = `words-${list.siteId ?? "chung"}`;
  return (
    <form method="post" action={WORDS_PATH} class="content-panel">
      <h3>{list.title}</h3>
      <ErrorSummary errors={list.errors} lang={lang} />
      <CsrfField token={csrf} />
      <input type="hidden" name="site" value={list.siteId ?? ""} />
      <TextArea
        name={name}
        label={tr("words")}
        hint={tr("wordsHint", { max: MAX_WORDS, len: MAX_WORD_LENGTH })}
        value={list.text}
        errors={list.errors}
        rows={6}
      />
      <div class="form-group">
        <button type="submit" class="button">
          {tr("saveWords")}
        </button>
      </div>
    </form>
  );
}

/** Per-site switch, the articles whose comments are closed, and the banned lists (site admins, system admins). */
export function SettingsPage({
  lang,
  csrf,
  sites,
  closed,
  lists,
}: {
  lang: Lang;
  csrf: string;
  sites: SiteCommentState[];
  closed: ClosedItem[];
  lists: WordList[];
}) {
  const tr = (key: string, params?: Record<string, string | number>) =>
    t(lang, `portalComments.${key}`, params);
  return (
    <>
      <p>{tr("settingsIntro")}</p>
      <p>
        <a href={QUEUE_PATH}>{tr("title")}</a>
      </p>
      <table class="stats-table">
        <caption>{tr("sitesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{tr("col.site")}</th>
            <th scope="col">{tr("col.enabled")}</th>
            <th scope="col">{tr("col.pending")}</th>
            <th scope="col">{tr("col.action")}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => (
            <tr key={s.siteId}>
              <th scope="row">{s.name}</th>
              <td>{s.enabled ? tr("on") : tr("off")}</td>
              <td>{s.pending}</td>
              <td>
                <form method="post" action={SITE_SWITCH_PATH} class="inline-form">
                  <CsrfField token={csrf} />
                  <input type="hidden" name="site" value={s.siteId} />
                  <input type="hidden" name="enabled" value={s.enabled ? "0" : "1"} />
                  <button type="submit" class="button secondary">
                    {s.enabled ? tr("turnOff", { site: s.name }) : tr("turnOn", { site: s.name })}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{tr("disabledCaption")}</h2>
      {closed.length === 0 ? (
        <p>{tr("noDisabled")}</p>
      ) : (
        <table class="stats-table">
          <caption class="visually-hidden">{tr("disabledCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("col.article")}</th>
              <th scope="col">{tr("col.site")}</th>
              <th scope="col">{tr("col.closedAt")}</th>
              <th scope="col">{tr("col.action")}</th>
            </tr>
          </thead>
          <tbody>
            {closed.map((c) => (
              <tr key={c.contentId}>
                <th scope="row">{c.title}</th>
                <td>{c.siteName}</td>
                <td>{formatDateTime(c.closedAt)}</td>
                <td>
                  <form method="post" action={itemSwitchPath(c.contentId)} class="inline-form">
                    <CsrfField token={csrf} />
                    <input type="hidden" name="closed" value="0" />
                    <input type="hidden" name="back" value={SETTINGS_PATH} />
                    <button type="submit" class="button secondary">
                      {tr("turnOnItem")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{tr("words")}</h2>
      {lists.map((list) => (
        <WordsForm key={list.siteId ?? "chung"} lang={lang} csrf={csrf} list={list} />
      ))}
    </>
  );
}
