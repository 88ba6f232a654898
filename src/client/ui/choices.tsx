// One choice out of a few, as large buttons a thumb can hit (radio inputs underneath, so the form,
// the keyboard and screen readers treat them as one group).
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../i18n/locale.ts';

interface ChoicesProps<V extends string> {
  legend: string;
  /** Each option and its Vietnamese label, in the order they are shown. */
  labels: Readonly<Record<V, string>>;
  /** The option chosen now (watched by the form), drawn as pressed. */
  chosen: unknown;
  registration: UseFormRegisterReturn;
  /** `segmented`: one row of short options; `choices`: a column of longer ones. */
  layout?: 'segmented' | 'choices';
}

export function Choices<V extends string>({
  legend,
  labels,
  chosen,
  registration,
  layout = 'segmented',
}: ChoicesProps<V>) {
  const t = useT();
  const options = Object.keys(labels).filter((key): key is V => key in labels);
  return (
    <fieldset className={layout}>
      <legend>{legend}</legend>
      {options.map((value) => (
        <label key={value} className={`choice${chosen === value ? ' choice--on' : ''}`}>
          <input type="radio" value={value} {...registration} />
          <span>{t(labels[value])}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The same group for a choice set in code rather than registered with a form. */
export function PickOne<V extends string | boolean>({
  legend,
  name,
  options,
  chosen,
  onChoose,
}: {
  legend: string;
  name: string;
  /** Each value and what its button says (translated by the caller). */
  options: readonly (readonly [V, ReactNode])[];
  chosen: V | null | undefined;
  onChoose: (value: V) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map(([value, label]) => (
        <Choice
          key={String(value)}
          name={name}
          on={chosen === value}
          onChoose={() => onChoose(value)}
        >
          {label}
        </Choice>
      ))}
    </fieldset>
  );
}

/** One option of `PickOne`: a large button over its radio input. */
function Choice({
  name,
  on,
  onChoose,
  children,
}: {
  name: string;
  on: boolean;
  onChoose: () => void;
  children: ReactNode;
}) {
  return (
    <label className={`choice${on ? ' choice--on' : ''}`}>
      <input type="radio" name={name} checked={on} onChange={onChoose} />
      {children}
    </label>
  );
}
