// Follow-up of recommendations: what each agency answered. Filter by status, theme, year and unit;
// open one to record the answer; import earlier years from a spreadsheet.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { RESPONSE_STATUSES } from '../../../shared/schemas/recommendation.ts';
import { KIND_LABEL, RESPONSE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { Labelled } from '../../ui/labelled.tsx';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { SyncBadge } from '../../ui/sync-badge.tsx';
import { usePlans, useUnitsInScope } from '../../ui/use-scope.ts';
import { findForFollowUp, NO_FILTER, type FollowUpFilter } from './follow-up-filters.ts';
import { oneOf } from '../../../shared/one-of.ts';

export function FollowUpPage() {
  const t = useT();
  const user = useUser();
  const plans = usePlans();
  const units = useUnitsInScope(user);
  const [filter, setFilter] = useState<FollowUpFilter>(NO_FILTER);
  const years = useLiveQuery(
    async () =>
      (await db.recommendations.orderBy('year').uniqueKeys()).filter(
        (year): year is number => typeof year === 'number',
      ),
    [],
    [],
  );
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
        <Labelled label={t('Kết quả')}>
          {(id) => (
            <select
              id={id}
              value={filter.status}
              onChange={(e) => set({ status: oneOf(RESPONSE_STATUSES, e.target.value) ?? '' })}
            >
              <option value="">{t('Tất cả')}</option>
              {RESPONSE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(RESPONSE_LABEL[status])}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled label={t('Chủ đề')}>
          {(id) => (
            <select
              id={id}
              value={filter.themeCode}
              onChange={(e) => set({ themeCode: e.target.value })}
            >
              <option value="">{t('Tất cả')}</option>
              {[...themes].map(([code, title]) => (
                <option key={code} value={code}>
                  {title}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled label={t('Năm')}>
          {(id) => (
            <select
              id={id}
              value={filter.year ?? ''}
              onChange={(e) => set({ year: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">{t('Tất cả')}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        {units.length > 1 && (
          <Labelled label={t('Đơn vị')}>
            {(id) => (
              <select
                id={id}
                value={filter.unitCode}
                onChange={(e) => set({ unitCode: e.target.value })}
              >
                <option value="">{t('Tất cả')}</option>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            )}
          </Labelled>
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
