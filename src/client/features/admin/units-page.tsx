// The administrative units as they stood on any day: searchable by name and code, each with its
// history and what carried it on. Administrators change the tree here, each change with the day it
// takes effect (docs/units.md); everyone else reads it.
import { useState } from 'react';
import type { UnitState, UnitTree } from '../../../shared/units/unit-tree.ts';
import { isoToDisplay, todayIso } from '../../i18n/dates.ts';
import { UNIT_LEVEL_LABEL, UNIT_TYPE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { DateInput } from '../../ui/date-input.tsx';
import { useUnitTree } from '../../ui/use-scope.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { AddChildForm, EditUnitForm } from './unit-forms.tsx';
import { EndForm, MergeForm, SplitForm } from './unit-structure-forms.tsx';
import { UnitTreeView } from './unit-tree-view.tsx';
import { SearchBox } from '../../ui/search-results.tsx';
import { Checkbox } from '../../ui/checkbox.tsx';
import { Button } from '../../ui/button.tsx';

type Action = 'edit' | 'add' | 'merge' | 'split' | 'end' | null;

function UnitDetail({ tree, unit, admin }: { tree: UnitTree; unit: UnitState; admin: boolean }) {
  const t = useT();
  const record = useLiveQuery(() => db.units.get(unit.code), [unit.code]);
  const [action, setAction] = useState<Action>(null);
  const done = () => setAction(null);
  const props = { tree, unit, onDone: done };
  return (
    <section className="card unit-detail" aria-label={t('Thông tin đơn vị')}>
      <h2>{unit.name}</h2>
      <p className="muted">
        {t(UNIT_TYPE_LABEL[unit.type])} · {t(UNIT_LEVEL_LABEL[unit.level])} · {t('mã')} {unit.code}
      </p>
      {unit.parentCode && (
        <p>
          {t('Trực thuộc')}: {tree.name(unit.parentCode)}
        </p>
      )}
      {record?.validFrom && (
        <p>{t('Thành lập từ {date}', { date: isoToDisplay(record.validFrom) })}</p>
      )}
      {record?.validTo && (
        <p className="warning">
          {t('Đã kết thúc ngày {date}', { date: isoToDisplay(record.validTo) })}
          {record.successors.length > 0 &&
            ` · ${t('kế thừa')}: ${record.successors.map((code) => tree.name(code)).join(', ')}`}
        </p>
      )}
      {record && record.history.length > 0 && (
        <>
          <h3>{t('Lịch sử')}</h3>
          <ul className="list">
            {[...record.history]
              .sort((a, b) => a.until.localeCompare(b.until))
              .map((period) => (
                <li key={period.until} className="list__item">
                  {t('Đến hết {date}', { date: isoToDisplay(shiftDay(period.until, -1)) })}:{' '}
                  {period.name}
                  {period.parentCode ? ` (${tree.name(period.parentCode)})` : ''}
                </li>
              ))}
          </ul>
        </>
      )}
      {admin && unit.active && action === null && (
        <div className="actions">
          <Button onClick={() => setAction('edit')}>{t('Đổi tên, chuyển cấp trên')}</Button>
          {unit.level !== 'commune' && (
            <Button onClick={() => setAction('add')}>{t('Thêm đơn vị trực thuộc')}</Button>
          )}
          <Button onClick={() => setAction('merge')}>{t('Sáp nhập')}</Button>
          <Button onClick={() => setAction('split')}>{t('Chia tách')}</Button>
          <Button onClick={() => setAction('end')}>{t('Giải thể')}</Button>
        </div>
      )}
      {action === 'edit' && <EditUnitForm {...props} />}
      {action === 'add' && <AddChildForm {...props} />}
      {action === 'merge' && <MergeForm {...props} />}
      {action === 'split' && <SplitForm {...props} />}
      {action === 'end' && <EndForm {...props} />}
    </section>
  );
}

function shiftDay(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function UnitsPage() {
  const t = useT();
  const user = useUser();
  const [day, setDay] = useState(todayIso());
  const [query, setQuery] = useState('');
  const [showEnded, setShowEnded] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const tree = useUnitTree(day);
  const unit = selected ? tree.get(selected) : undefined;
  return (
    <section className="units-page">
      <h1>{t('Đơn vị hành chính')}</h1>
      <div className="filters">
        <DateInput label={t('Xem theo ngày')} value={day} onChange={(iso) => iso && setDay(iso)} />
        <SearchBox label={t('Tìm đơn vị (tên hoặc mã)')} value={query} onChange={setQuery} />
        <Checkbox
          label={t('Hiện cả đơn vị đã sáp nhập, giải thể')}
          checked={showEnded}
          onChange={setShowEnded}
        />
      </div>
      <div className="split-view">
        <UnitTreeView
          tree={tree}
          query={query}
          showEnded={showEnded}
          selected={selected}
          onSelect={setSelected}
        />
        {unit && (
          <UnitDetail key={unit.code} tree={tree} unit={unit} admin={user.role === 'admin'} />
        )}
      </div>
    </section>
  );
}
