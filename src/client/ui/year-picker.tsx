// The year a screen shows: every year that has a plan on the device, newest first.
import type { EntityRows } from '../db/schema.ts';
import { useT } from '../i18n/locale.ts';
import { Filter } from './filter.tsx';

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
    <Filter
      label={t(label)}
      value={year}
      options={plans.map((plan) => ({ value: plan.year, label: plan.year }))}
      onChange={(value) => onChange(Number(value))}
    />
  );
}
