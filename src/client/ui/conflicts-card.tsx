// The unresolved conflicts the device holds (values that lost a same-field merge), counted where
// users look first — home and sync — each linking to its record, where it is resolved.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { isEntityName } from '../../shared/entity-names.ts';
import { FIELD_LABEL, ENTITY_LABEL } from '../i18n/labels.ts';
import { useT } from '../i18n/locale.ts';
import { db } from '../runtime.ts';
import { recordPath } from './record-path.ts';

/** How many are listed; the count above says how many there are in all. */
const LISTED = 20;

export function ConflictsCard() {
  const t = useT();
  const open = useLiveQuery(
    () => db.conflicts.filter((conflict) => !conflict.resolved).toArray(),
    [],
    [],
  );
  if (open.length === 0) return null;
  return (
    <div className="card" role="region" aria-label={t('Xung đột chưa xử lý')}>
      <h2>{t('{n} xung đột chưa xử lý', { n: open.length })}</h2>
      <p className="muted">
        {t(
          'Hai người sửa cùng một ô: một giá trị được giữ, giá trị kia chờ cán bộ huyện, tỉnh chọn.',
        )}
      </p>
      <ul className="list">
        {open.slice(0, LISTED).map((conflict) => {
          const known = isEntityName(conflict.entity) ? conflict.entity : null;
          const path = known && recordPath(known, conflict.recordId);
          const what = known ? t(ENTITY_LABEL[known]) : conflict.entity;
          const label = `${what} · ${t(FIELD_LABEL[conflict.field] ?? conflict.field)}`;
          return (
            <li key={conflict.id} className="list__item">
              {path ? <Link href={path}>{label}</Link> : label}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
