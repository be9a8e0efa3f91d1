import { type Errors, TextField } from "./forms.js";

/**
 * The "from … to …" pair of dd/mm/yyyy fields every period filter has (statistics, audit log, duty breaches, the
 * portal dashboard). Named `from` and `to`, so errors keyed by those names land beside them.
 */
export function DateRangeFields(props: {
  value: { from?: string | undefined; to?: string | undefined };
  labels: { from: string; to: string; hint: string };
  errors?: Errors | undefined;
}) {
  const { value, labels, errors } = props;
  return (
    <>
      <TextField
        name="from"
        label={labels.from}
        hint={labels.hint}
        value={value.from}
        errors={errors}
        maxLength={10}
        inputMode="numeric"
      />
      <TextField
        name="to"
        label={labels.to}
        hint={labels.hint}
        value={value.to}
        errors={errors}
        maxLength={10}
        inputMode="numeric"
      />
    </>
  );
}
