// The one way a form field is wired to react-hook-form: its registration and its message beside it,
// so a form names each field once (`<TextInput label=… {...field('venue')} />`).
import type { FieldValues, Path, RegisterOptions, UseFormReturn } from 'react-hook-form';

export function fieldBinder<V extends FieldValues>(form: UseFormReturn<V>) {
  return (name: Path<V>, options?: RegisterOptions<V, Path<V>>) => ({
    ...form.register(name, options),
    error: form.getFieldState(name, form.formState).error?.message,
  });
}

/** A `Choices` group wired to the form: its registration and the option chosen now. */
export function choiceBinder<V extends FieldValues>(form: UseFormReturn<V>) {
  return (name: Path<V>) => ({ registration: form.register(name), chosen: form.watch(name) });
}

/**
 * For a number field that may be left empty: empty is null (no value), not 0 or NaN. Also applied to
 * the reset value (null), not only to what was typed.
 */
export const nullableNumber = {
  setValueAs: (value: unknown) =>
    value === '' || value === null || value === undefined ? null : Number(value),
};

/** For a choice that may be left unmade: the empty option is null (not recorded), not ''. */
export const nullableChoice = {
  setValueAs: (value: unknown) => (value === '' ? null : value),
};
