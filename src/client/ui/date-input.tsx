import { useState } from 'react';
import { displayToIso, isoToDisplay } from '../i18n/dates.ts';
import { Field } from './fields.tsx';

interface DateInputProps {
  label: string;
  value: string | null | undefined;
  onChange: (iso: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  name?: string;
}

/** Shows and reads dd/mm/yyyy; hands the form an ISO date (or the raw text, for the schema to reject). */
export function DateInput({ label, value, onChange, onBlur, error, name }: DateInputProps) {
  const [text, setText] = useState(isoToDisplay(value));
  return (
    <Field label={label} error={error} hint="dd/mm/yyyy">
      {(a11y) => (
        <input
          {...a11y}
          name={name}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onChange(displayToIso(event.target.value));
          }}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
