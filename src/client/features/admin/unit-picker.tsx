// Choosing a unit among a hundred: a box to type part of its name or code, and a list grouped by
// the unit above it. Codes are shown, so a code from a letter can be found.
import { useMemo, useState } from 'react';
import type { UnitState, UnitTree } from '../../../shared/units/unit-tree.ts';
import { fold } from '../../../shared/text/fold.ts';
import { useT } from '../../i18n/locale.ts';
import { Labelled, LabelledInput } from '../../ui/labelled.tsx';
import { FieldError } from '../../ui/fields.tsx';

export function UnitPicker({
  tree,
  units,
  value,
  onChange,
  label,
  error,
}: {
  tree: UnitTree;
  units: UnitState[];
  value: string;
  onChange: (code: string) => void;
  label: string;
  error?: string | undefined;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => {
    const folded = fold(query);
    const shown = units.filter(
      (unit) =>
        folded === '' || fold(`${unit.name} ${unit.code}`).includes(folded) || unit.code === value,
    );
    const byParent = new Map<string, UnitState[]>();
    for (const unit of shown) {
      const parent = unit.parentCode ?? '';
      byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
    }
    return [...byParent.entries()].map(([parent, members]) => ({
      label: parent ? tree.name(parent) : t('Cấp cao nhất'),
      members: members.sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    }));
  }, [units, query, value, tree, t]);
  return (
    <div className="unit-picker">
      <LabelledInput
        label={t('Tìm đơn vị (tên hoặc mã)')}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <Labelled label={label}>
        {(id) => (
          <select
            id={id}
            value={value}
            aria-invalid={Boolean(error)}
            onChange={(event) => onChange(event.target.value)}
          >
            <option value="">{t('Chọn đơn vị')}</option>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.members.map((unit) => (
                  <option key={unit.code} value={unit.code}>
                    {unit.name} ({unit.code})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Labelled>
      <FieldError message={error} />
    </div>
  );
}
