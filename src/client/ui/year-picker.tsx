// The year a screen shows: every year that has a plan on the device, newest first.
import type { EntityRows } from '../db/schema.ts';
import { useT } from '../i18n/locale.ts';
import { Labelled } from './labelled.tsx';

export function YearPicker({
  plans,
  year,
  onChange,
  label = 'Năm',
}: {
  plans: EntityRows['plan'][];
  year: number;
  onChange: (year: number) => void;
  label?: string;
}) {
  const t = useT();
  return (
    <Labelled label={t(label)}>
      {(id) => (
        <select id={id} value={year} onChange={(event) => onChange(Number(event.target.value))}>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.year}>
              {plan.year}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}
