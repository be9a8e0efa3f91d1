import type { ComponentChildren } from "preact";
import { type Lang, t } from "../../i18n/index.js";

export type Errors = Record<string, string>;

/** GOV.UK error summary: listed at the top, each linking to its field; focusable so it is announced. */
export function ErrorSummary({ errors, lang }: { errors: Errors | undefined; lang: Lang }) {
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  // Focus moves to the summary on load, so keyboard and screen-reader users start from the list of problems.
  return (
    <div
      class="error-summary"
      id="error-summary"
      role="alert"
      tabindex={-1}
      autofocus
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t(lang, "errors.summaryTitle")}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#f-${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  errors?: Errors | undefined;
}

/**
 * A form group with label, hint and error around any input, keyed by the input's id (`${id}-hint`, `${id}-error`):
 * for inputs the field components below do not cover (file, radios, a textarea with its own attributes).
 */
export function FormGroup({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={`form-group${error ? " has-error" : ""}`}>
      <label for={id}>{label}</label>
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}

/** The aria-describedby of an input in a {@link FormGroup}: its hint and error ids, or undefined. */
export function describedByIds(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

function FieldShell({ name, label, hint, errors, children }: FieldProps & { children: ComponentChildren }) {
  return (
    <FormGroup id={`f-${name}`} label={label} hint={hint} error={errors?.[name]}>
      {children}
    </FormGroup>
  );
}

function describedBy(name: string, hint: string | undefined, errors: Errors | undefined) {
  return describedByIds(`f-${name}`, hint, errors?.[name]);
}

export function TextField(
  props: FieldProps & {
    value?: string | number | null | undefined;
    type?: "text" | "email" | "password" | "tel" | "url" | "number" | "search" | "date";
    required?: boolean;
    autocomplete?: string;
    maxLength?: number;
    inputMode?: "numeric" | "text" | "tel" | "email";
  },
) {
  const { name, hint, errors } = props;
  return (
    <FieldShell {...props}>
      <input
        id={`f-${name}`}
        name={name}
        // Preact narrows attributes per input type; the union is checked by our own prop type.
        type={(props.type ?? "text") as "text"}
        value={props.value ?? ""}
        required={props.required}
        autocomplete={props.autocomplete}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        aria-invalid={errors?.[name] ? "true" : undefined}
        aria-describedby={describedBy(name, hint, errors)}
      />
    </FieldShell>
  );
}

export function TextArea(props: FieldProps & { value?: string | null | undefined; rows?: number }) {
  const { name, hint, errors } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={`f-${name}`}
        name={name}
        rows={props.rows ?? 4}
        aria-invalid={errors?.[name] ? "true" : undefined}
        aria-describedby={describedBy(name, hint, errors)}
      >
        {props.value ?? ""}
      </textarea>
    </FieldShell>
  );
}

export function SelectField(
  props: FieldProps & {
    value?: string | null | undefined;
    options: { value: string; label: string }[];
    emptyLabel?: string;
  },
) {
  const { name, hint, errors } = props;
  return (
    <FieldShell {...props}>
      <select
        id={`f-${name}`}
        name={name}
        aria-invalid={errors?.[name] ? "true" : undefined}
        aria-describedby={describedBy(name, hint, errors)}
      >
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === (props.value ?? "")}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function Checkbox({
  name,
  label,
  checked,
  value = "on",
}: {
  name: string;
  label: string;
  checked?: boolean;
  value?: string;
}) {
  return (
    <div class="form-group">
      <input type="checkbox" id={`f-${name}-${value}`} name={name} value={value} checked={checked} />{" "}
      <label for={`f-${name}-${value}`} style="display:inline">
        {label}
      </label>
    </div>
  );
}
