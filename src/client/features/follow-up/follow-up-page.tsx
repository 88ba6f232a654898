// Follow-up of recommendations: what each agency answered. Filter by status, theme, year and unit;
// open one to record the answer; import earlier years from a spreadsheet.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { RESPONSE_STATUSES } from '../../../shared/schemas/recommendation.ts';
import { KIND_LABEL, RESPONSE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { Filter } from '../../ui/filter.tsx';
import { unitOptions } from '../../ui/fields.tsx';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { SyncBadge } from '../../ui/sync-badge.tsx';
import { usePlans, useUnitsInScope } from '../../ui/use-scope.ts';
import { findForFollowUp, NO_FILTER, type FollowUpFilter } from './follow-up-filters.ts';
import { oneOf } from '../../../shared/one-of.ts';
import { recommendationYears } from '../../db/queries.ts';

export function FollowUpPage() {
  const t = useT();
  const user = useUser();
  const plans = usePlans();
  const units = useUnitsInScope(user);
  const [filter, setFilter] = useState<FollowUpFilter>(NO_FILTER);
  const years = useLiveQuery(() => recommendationYears(db), [], []);
  const found = useLiveQuery(() => findForFollowUp(db, filter), [filter]);
  const themes = new Map(
    plans.flatMap((plan) => plan.themes.map((theme) => [theme.code, theme.title] as const)),
  );
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const set = (patch: Partial<FollowUpFilter>) =>
    setFilter((current) => ({ ...current, ...patch }));
  const canImport = user.role === 'district' || user.role === 'province';

  return (
    <section>
      <div className="page-head">
        <h1>{t('Theo dõi trả lời kiến nghị')}</h1>
        {canImport && (
          <Link href="/follow-up/import" className="button">
            {t('Nhập từ tệp Excel/CSV')}
          </Link>
        )}
      </div>
      <div className="filters" role="group" aria-label={t('Lọc')}>
        <Filter
          label={t('Kết quả')}
          all={t('Tất cả')}
          value={filter.status}
          options={RESPONSE_STATUSES.map((status) => ({
            value: status,
            label: t(RESPONSE_LABEL[status]),
          }))}
          onChange={(value) => set({ status: oneOf(RESPONSE_STATUSES, value) ?? '' })}
        />
        <Filter
          label={t('Chủ đề')}
          all={t('Tất cả')}
          value={filter.themeCode}
          options={[...themes].map(([code, title]) => ({ value: code, label: title }))}
          onChange={(value) => set({ themeCode: value })}
        />
        <Filter
          label={t('Năm')}
          all={t('Tất cả')}
          value={filter.year ?? ''}
          options={years.map((year) => ({ value: year, label: year }))}
          onChange={(value) => set({ year: value === '' ? null : Number(value) })}
        />
        {units.length > 1 && (
          <Filter
            label={t('Đơn vị')}
            all={t('Tất cả')}
            value={filter.unitCode}
            options={unitOptions(units)}
            onChange={(value) => set({ unitCode: value })}
          />
        )}
      </div>
      {found && (
        <p className="muted" role="status">
          {found.capped
            ? t('Hơn {n} kiến nghị (hiện {shown} đầu tiên)', {
                n: found.total.toLocaleString('vi-VN'),
                shown: found.rows.length,
              })
            : found.total > found.rows.length
              ? t('{n} kiến nghị (hiện {shown} đầu tiên)', {
                  n: found.total.toLocaleString('vi-VN'),
                  shown: found.rows.length,
                })
              : t('{n} kiến nghị', { n: found.total })}
        </p>
      )}
      <ul className="list">
        {found?.rows.map((item) => (
          <li key={item.id} className="list__item">
            <Link href={`/follow-up/${item.id}`} className="list__link">
              <span className="tag">
                {t(KIND_LABEL[item.kind])} · {item.year}
              </span>
              <span className="text">{item.text}</span>
              <small>
                {unitNames.get(item.unitCode) ?? item.unitCode}
                {item.addressee && ` · ${item.addressee}`}
              </small>
              <small className={`status status--${item.responseStatus}`}>
                {t(RESPONSE_LABEL[item.responseStatus])}
              </small>
            </Link>
            <SyncBadge state={item._state} />
          </li>
        ))}
      </ul>
    </section>
  );
}
