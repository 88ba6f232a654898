// The yearly plans: each year's plan opens in the editor; next year's is made by copying the
// newest one (themes and deadlines a year later), so province staff never start from nothing.
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { copyPlan, planId } from '../../../shared/plans/plan-year.ts';
import { stripLocal } from '../../db/schema.ts';
import { saveRecord } from '../../db/write.ts';
import { isoToDisplay } from '../../i18n/dates.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { reportSaveError } from '../../ui/save-errors.ts';
import { usePlans, useUnitTree } from '../../ui/use-scope.ts';
import { Failure } from '../../ui/failure.tsx';
import { Button } from '../../ui/button.tsx';

export function PlansPage() {
  const t = useT();
  const user = useUser();
  const plans = usePlans();
  const [, navigate] = useLocation();
  const [failure, setFailure] = useState<string | null>(null);
  const newest = plans[0];
  const nextYear = (newest?.year ?? new Date().getFullYear()) + 1;
  const canEdit = user.role === 'province';
  // The units as they stand on the new year's first day decide its levels (two-tier from 2025).
  const nextTree = useUnitTree(`${nextYear}-01-01`);

  const copy = async () => {
    if (!newest) return;
    setFailure(null);
    const id = planId(user.unitCode, nextYear);
    try {
      const levels = new Set(
        nextTree.unitsWithin(user.unitCode).flatMap((code) => nextTree.get(code)?.level ?? []),
      );
      const plan = copyPlan(stripLocal(newest), nextYear, user.unitCode, levels);
      await saveRecord(db, 'plan', id, plan);
      navigate(`/plans/${encodeURIComponent(id)}`);
    } catch (error) {
      setFailure(reportSaveError(error, () => undefined));
    }
  };

  return (
    <section>
      <div className="page-head">
        <h1>{t('Kế hoạch tổ chức Diễn đàn trẻ em')}</h1>
        {canEdit && newest && (
          <Button primary onClick={() => void copy()}>
            {t('Tạo kế hoạch năm {year} từ năm {from}', { year: nextYear, from: newest.year })}
          </Button>
        )}
      </div>
      <Failure text={failure} />
      <ul className="list">
        {plans.map((plan) => (
          <li key={plan.id} className="list__item">
            <Link href={`/plans/${encodeURIComponent(plan.id)}`} className="list__link">
              <strong>{plan.year}</strong> · {plan.title}
              <small className="muted">
                {t('{n} chủ đề', {
                  n: plan.themes.filter((theme) => theme.retired !== true).length,
                })}
                {plan.documentNumber ? ` · ${t('Số')} ${plan.documentNumber}` : ''}
                {plan.documentDate ? ` · ${isoToDisplay(plan.documentDate)}` : ''}
              </small>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
