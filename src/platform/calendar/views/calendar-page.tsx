import { type Lang, t } from "../../i18n/index.js";
import { CsrfField, ErrorSummary, type Errors, SelectField, TextField } from "../../ui/components/forms.js";
import { formatViDate, isoOf, parseIso, weekdayOf } from "../domain/civil-date.js";
import {
  formatCutoff,
  LEGAL_BASIS_MAX,
  OVERRIDE_KINDS,
  type OverrideFormValues,
  REASON_MAX,
} from "../domain/override-input.js";
import type { CalendarSettings } from "../domain/working-calendar.js";
import type { HolidayRow, YearView } from "../domain/year-view.js";
import type { CalendarOverrideRow } from "../store.js";

export const CALENDAR_PATH = "/admin/lich-lam-viec";

export interface CalendarPageProps {
  lang: Lang;
  csrfToken: string;
  view: YearView;
  overrides: CalendarOverrideRow[];
  settings: CalendarSettings;
  /** Errors of the year picker, the add form (date, kind, reason, legal_basis) or the cut-off form (cutoff). */
  errors?: Errors | undefined;
  addValues?: OverrideFormValues | undefined;
  cutoffValue?: string | undefined;
}

function DayCells({ lang, day }: { lang: Lang; day: number }) {
  return (
    <>
      <td>
        <time datetime={isoOf(day)}>{formatViDate(day)}</time>
      </td>
      <td>{t(lang, `calendar.weekday.${weekdayOf(day)}`)}</td>
    </>
  );
}

function statusText(lang: Lang, row: HolidayRow): string {
  return t(lang, `calendar.status.${row.status}`);
}

export function CalendarPage(props: CalendarPageProps) {
  const { lang, view, overrides, settings, errors, csrfToken } = props;
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const year = view.year;
  const addValues = props.addValues ?? { date: "", kind: "", reason: "", legal_basis: "" };
  const addErrors = pick(errors, ["date", "kind", "reason", "legal_basis"]);
  const cutoffErrors = pick(errors, ["cutoff"]);
  return (
    <>
      <ErrorSummary errors={errors} lang={lang} />
      <p>{tr("calendar.intro")}</p>
      <form method="get" action={CALENDAR_PATH} class="filters" aria-label={tr("calendar.year.form")}>
        <TextField
          name="nam"
          label={tr("calendar.year.label")}
          value={String(year)}
          errors={pick(errors, ["nam"])}
          inputMode="numeric"
          maxLength={4}
        />
        <div class="form-group">
          <button type="submit" class="button">
            {tr("calendar.year.show")}
          </button>
        </div>
      </form>
      <nav class="pagination" aria-label={tr("calendar.year.form")}>
        {year > 1900 ? (
          <a href={`${CALENDAR_PATH}?nam=${year - 1}`}>{tr("calendar.year.prev", { year: year - 1 })}</a>
        ) : null}{" "}
        {year < 2199 ? (
          <a href={`${CALENDAR_PATH}?nam=${year + 1}`}>{tr("calendar.year.next", { year: year + 1 })}</a>
        ) : null}
      </nav>
      <p data-summary>
        {tr("calendar.summary", {
          year,
          working: view.working,
          off: view.weekdaysOff,
          makeUp: view.makeUpDays,
        })}
      </p>

      <h2 id="ngay-le">{tr("calendar.holidays.heading", { year })}</h2>
      <table class="data" data-table="holidays">
        <caption>{tr("calendar.holidays.caption", { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{tr("calendar.col.date")}</th>
            <th scope="col">{tr("calendar.col.weekday")}</th>
            <th scope="col">{tr("calendar.col.lunar")}</th>
            <th scope="col">{tr("calendar.col.holiday")}</th>
            <th scope="col">{tr("calendar.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {view.holidays.map((h) => (
            <tr key={`${h.key}-${h.day}`} data-day={formatViDate(h.day)}>
              <DayCells lang={lang} day={h.day} />
              <td>
                {tr(h.lunar.leap ? "calendar.lunarLeap" : "calendar.lunar", {
                  day: String(h.lunar.day).padStart(2, "0"),
                  month: String(h.lunar.month).padStart(2, "0"),
                })}
              </td>
              <td>{tr(`calendar.holiday.${h.key}`)}</td>
              <td>{statusText(lang, h)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="nghi-bu">{tr("calendar.compensations.heading", { year })}</h2>
      {view.compensations.length === 0 ? (
        <p>{tr("calendar.compensations.empty", { year })}</p>
      ) : (
        <table class="data" data-table="compensations">
          <caption>{tr("calendar.compensations.caption", { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("calendar.col.date")}</th>
              <th scope="col">{tr("calendar.col.weekday")}</th>
              <th scope="col">{tr("calendar.col.for")}</th>
              <th scope="col">{tr("calendar.col.cause")}</th>
              <th scope="col">{tr("calendar.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {view.compensations.map((c) => (
              <tr key={c.day} data-day={formatViDate(c.day)}>
                <DayCells lang={lang} day={c.day} />
                <td>
                  {tr(`calendar.holiday.${c.key}`)} – {formatViDate(c.forDay)}
                </td>
                <td>
                  {c.cause === "weekend"
                    ? tr(`calendar.cause.weekend.${weekdayOf(c.forDay)}`)
                    : tr("calendar.cause.overlap")}
                </td>
                <td>
                  {tr(c.overriddenWorking ? "calendar.status.overriddenWorking" : "calendar.status.off")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 id="dieu-chinh">{tr("calendar.overrides.heading", { year })}</h2>
      {overrides.length === 0 ? (
        <p>{tr("calendar.overrides.empty", { year })}</p>
      ) : (
        <table class="data" data-table="overrides">
          <caption>{tr("calendar.overrides.caption", { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("calendar.col.date")}</th>
              <th scope="col">{tr("calendar.col.weekday")}</th>
              <th scope="col">{tr("calendar.col.kind")}</th>
              <th scope="col">{tr("calendar.col.reason")}</th>
              <th scope="col">{tr("calendar.col.legalBasis")}</th>
              <th scope="col">{tr("calendar.col.createdBy")}</th>
              <th scope="col">{tr("calendar.col.action")}</th>
            </tr>
          </thead>
          <tbody>
            {overrides.map((o) => {
              const day = parseIso(o.day) ?? 0;
              return (
                <tr key={o.id} data-override-id={o.id} data-day={formatViDate(day)}>
                  <DayCells lang={lang} day={day} />
                  <td>{tr(`calendar.kind.${o.kind}`)}</td>
                  <td>{o.reason}</td>
                  <td>{o.legal_basis ?? ""}</td>
                  <td>{o.created_by_name ?? ""}</td>
                  <td>
                    <form
                      method="post"
                      action={`${CALENDAR_PATH}/dieu-chinh/${o.id}/xoa`}
                      class="inline-form"
                    >
                      <CsrfField token={csrfToken} />
                      <input type="hidden" name="nam" value={String(year)} />
                      <button
                        type="submit"
                        class="button warning small"
                        aria-label={tr("calendar.removeLabel", { date: formatViDate(day) })}
                      >
                        {tr("calendar.remove")}
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h3 id="them">{tr("calendar.add.heading")}</h3>
      <form method="post" action={`${CALENDAR_PATH}/dieu-chinh`} novalidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="nam" value={String(year)} />
        <TextField
          name="date"
          label={tr("calendar.field.date")}
          hint={tr("calendar.field.dateHint")}
          value={addValues.date}
          errors={addErrors}
          maxLength={10}
          required
        />
        <SelectField
          name="kind"
          label={tr("calendar.field.kind")}
          value={addValues.kind}
          errors={addErrors}
          emptyLabel={tr("calendar.field.kindEmpty")}
          options={OVERRIDE_KINDS.map((k) => ({ value: k, label: tr(`calendar.kind.${k}`) }))}
        />
        <TextField
          name="reason"
          label={tr("calendar.field.reason")}
          hint={tr("calendar.field.reasonHint")}
          value={addValues.reason}
          errors={addErrors}
          maxLength={REASON_MAX}
          required
        />
        <TextField
          name="legal_basis"
          label={tr("calendar.field.legalBasis")}
          hint={tr("calendar.field.legalBasisHint")}
          value={addValues.legal_basis}
          errors={addErrors}
          maxLength={LEGAL_BASIS_MAX}
        />
        <div class="form-group">
          <button type="submit" class="button">
            {tr("calendar.add.submit")}
          </button>
        </div>
      </form>

      <h2 id="gio-tiep-nhan">{tr("calendar.settings.heading")}</h2>
      <p data-cutoff>
        {settings.cutoffMinutes === null
          ? tr("calendar.settings.none")
          : tr("calendar.settings.current", { time: formatCutoff(settings.cutoffMinutes) })}
      </p>
      <form method="post" action={`${CALENDAR_PATH}/gio-tiep-nhan`} novalidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="nam" value={String(year)} />
        <TextField
          name="cutoff"
          label={tr("calendar.field.cutoff")}
          hint={tr("calendar.field.cutoffHint")}
          value={props.cutoffValue ?? formatCutoff(settings.cutoffMinutes)}
          errors={cutoffErrors}
          maxLength={5}
        />
        <div class="form-group">
          <button type="submit" class="button">
            {tr("calendar.settings.submit")}
          </button>
        </div>
      </form>
    </>
  );
}

function pick(errors: Errors | undefined, keys: string[]): Errors | undefined {
  if (!errors) return undefined;
  const out: Errors = {};
  for (const k of keys) if (errors[k]) out[k] = errors[k];
  return out;
}
