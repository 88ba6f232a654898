// District staff choose what children said at commune and district forums and forward it to the
// province forum; province staff forward to the national forum. Near-duplicates can be merged into
// one, keeping every source, and forwarded ones show where they came from.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Level } from '../../../shared/schemas/fields.ts';
import { LEVEL_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { Labelled } from '../../ui/labelled.tsx';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { usePlans } from '../../ui/use-scope.ts';
import { forwardRecommendations, MixedThemesError } from './forward.ts';
import { nearDuplicates } from './near-duplicates.ts';
import { Failure } from '../../ui/failure.tsx';
import { Button } from '../../ui/button.tsx';
import { recommendationsOfYear } from '../../db/queries.ts';

/** What each role forwards: from which levels, to which level. */
const FORWARDING: Partial<Record<string, { from: Level[]; to: Level }>> = {
  district: { from: ['commune', 'district'], to: 'province' },
  province: { from: ['province'], to: 'national' },
};

export function ForwardingPage() {
  const t = useT();
  const user = useUser();
  const plans = usePlans();
  const year = plans[0]?.year ?? new Date().getFullYear();
  const rule = FORWARDING[user.role];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [mergedText, setMergedText] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const rows = useLiveQuery(() => recommendationsOfYear(db, year).toArray(), [year], []);
  const unitNames = useLiveQuery(
    async () => new Map((await db.units.toArray()).map((unit) => [unit.id, unit.name])),
    [],
    new Map<string, string>(),
  );
  if (!rule) return <p>{t('Chỉ cán bộ cấp huyện và cấp tỉnh chuyển kiến nghị lên cấp trên.')}</p>;

  const candidates = rows.filter(
    (row) => rule.from.includes(row.level) && row.forwardedTo === null,
  );
  const sent = rows.filter((row) => row.level === rule.to);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const similar = nearDuplicates(candidates);
  const themes = plans[0]?.themes ?? [];
  const chosen = candidates.filter((row) => selected.has(row.id));

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const forward = async (merge: boolean) => {
    setFailure(null);
    try {
      const ids = await forwardRecommendations(
        db,
        chosen,
        rule.to,
        user.unitCode,
        merge ? (mergedText ?? '') : undefined,
      );
      setMessage(
        t('Đã chuyển {n} ý kiến lên {level} ({m} bản ghi mới).', {
          n: chosen.length,
          level: t(LEVEL_LABEL[rule.to]).toLowerCase(),
          m: ids.length,
        }),
      );
      setSelected(new Set());
      setMergedText(null);
    } catch (error) {
      setFailure(
        error instanceof MixedThemesError
          ? error.message
          : 'Chưa chuyển được. Dữ liệu trên máy không thay đổi; hãy thử lại.',
      );
    }
  };

  return (
    <section>
      <div className="page-head">
        <h1>
          {t('Chuyển kiến nghị lên {level}', { level: t(LEVEL_LABEL[rule.to]).toLowerCase() })}
        </h1>
      </div>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <Failure text={failure} />
      {candidates.length === 0 && <p className="empty">{t('Không còn ý kiến nào chờ chuyển.')}</p>}
      {themes.map((theme) => {
        const items = candidates.filter((row) => row.themeCode === theme.code);
        if (items.length === 0) return null;
        return (
          <section key={theme.code} className="group" aria-label={theme.title}>
            <h2>
              {theme.title} <span className="count">({items.length})</span>
            </h2>
            <ul className="list">
              {items.map((row) => (
                <li key={row.id} className="list__item forward-item">
                  <label className="check check--block">
                    <input
                      type="checkbox"
                      checked={selected.has(row.id)}
                      onChange={(event) => toggle(row.id, event.target.checked)}
                    />
                    <span className="text">{row.text}</span>
                    <small>
                      {unitNames.get(row.unitCode) ?? row.unitCode} · {t(LEVEL_LABEL[row.level])}
                    </small>
                  </label>
                  {similar.has(row.id) && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setSelected(new Set([row.id, ...(similar.get(row.id) ?? [])]))}
                    >
                      {t('Gần giống {n} ý khác: chọn cùng', {
                        n: similar.get(row.id)?.length ?? 0,
                      })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {chosen.length > 0 && (
        <div className="card actionbar" role="region" aria-label={t('Đã chọn')}>
          <p>{t('Đã chọn {n} ý kiến.', { n: chosen.length })}</p>
          {mergedText === null ? (
            <div className="actions">
              <Button primary onClick={() => void forward(false)}>
                {t('Chuyển từng ý')}
              </Button>
              {chosen.length > 1 && (
                <Button onClick={() => setMergedText(chosen[0]?.text ?? '')}>
                  {t('Gộp thành một')}
                </Button>
              )}
            </div>
          ) : (
            <>
              <Labelled label={t('Nội dung sau khi gộp')} className="field">
                {(id) => (
                  <textarea
                    id={id}
                    rows={4}
                    value={mergedText}
                    onChange={(e) => setMergedText(e.target.value)}
                  />
                )}
              </Labelled>
              <div className="actions">
                <Button
                  primary
                  disabled={mergedText.trim() === ''}
                  onClick={() => void forward(true)}
                >
                  {t('Gộp và chuyển')}
                </Button>
                <Button onClick={() => setMergedText(null)}>{t('Hủy')}</Button>
              </div>
            </>
          )}
        </div>
      )}
      <section className="group" aria-label={t('Đã chuyển')}>
        <h2>
          {t('Đã chuyển')} <span className="count">({sent.length})</span>
        </h2>
        <ul className="list">
          {sent.map((row) => (
            <li key={row.id} className="list__item">
              <div className="list__link">
                <span className="text">{row.text}</span>
                <small>
                  {t('Nguồn')}:{' '}
                  {row.sourceIds
                    .map((id) => {
                      const source = byId.get(id);
                      return source ? (unitNames.get(source.unitCode) ?? source.unitCode) : id;
                    })
                    .join('; ')}
                </small>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
