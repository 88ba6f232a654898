// A date in a react-hook-form form: the one way forms bind DateInput, so each form does not repeat
// the Controller wiring.
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { DateInput } from './date-input.tsx';

interface DateFieldProps<V extends FieldValues> {
  control: Control<V>;
  name: Path<V>;
  label: string;
  /** An emptied optional date is stored as null (no date), not as an empty string. */
  optional?: boolean;
}

export function DateField<V extends FieldValues>({
  control,
  name,
  label,
  optional = false,
}: DateFieldProps<V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateInput
          label={label}
          name={field.name}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={(iso) => field.onChange(optional && iso === '' ? null : iso)}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
