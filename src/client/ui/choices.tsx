// One choice out of a few, as large buttons a thumb can hit (radio inputs underneath, so the form,
// the keyboard and screen readers treat them as one group).
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../i18n/locale.ts';

interface ChoicesProps<V extends string> {
  legend: string;
  options: readonly V[];
  /** Each option's Vietnamese label. */
  labels: Record<V, string>;
  /** The option chosen now (watched by the form), drawn as pressed. */
  chosen: V | null | undefined;
  registration: UseFormRegisterReturn;
  /** `segmented`: one row of short options; `choices`: a column of longer ones. */
  layout?: 'segmented' | 'choices';
}

export function Choices<V extends string>({
  legend,
  options,
  labels,
  chosen,
  registration,
  layout = 'segmented',
}: ChoicesProps<V>) {
  const t = useT();
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
