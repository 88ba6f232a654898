// The list groups by theme with counts, as district staff compile them.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { KIND_LABEL, RESPONSE_LABEL } from '../../i18n/labels.ts';
import { db } from '../../runtime.ts';
import { SyncBadge } from '../../ui/sync-badge.tsx';
import { usePlans } from '../../ui/use-scope.ts';

export function RecommendationsPage() {
  const plans = usePlans();
  const recommendations = useLiveQuery(
    () => db.recommendations.orderBy('_updatedAt').reverse().limit(2000).toArray(),
    [],
    [],
  );
  const themeTitles = new Map(
    plans.flatMap((plan) => plan.themes.map((theme) => [theme.code, theme.title] as const)),
  );
  const groups = new Map<string, typeof recommendations>();
  for (const recommendation of recommendations) {
    const group = groups.get(recommendation.themeCode) ?? [];
    group.push(recommendation);
    groups.set(recommendation.themeCode, group);
  }
  return (
    <section>
      <div className="page-head">
        <h1>Kiến nghị, sáng kiến, thông điệp</h1>
        <Link href="/recommendations/new" className="button button--primary">
          + Ghi kiến nghị
        </Link>
      </div>
      {recommendations.length === 0 && <p className="empty">Chưa có kiến nghị nào.</p>}
      {[...groups.entries()].map(([themeCode, items]) => (
        <section
          key={themeCode}
          className="group"
          aria-label={themeTitles.get(themeCode) ?? themeCode}
        >
          <h2>
            {themeTitles.get(themeCode) ?? themeCode}{' '}
            <span className="count">({items.length})</span>
          </h2>
          <ul className="list">
            {items.map((item) => (
              <li key={item.id} className="list__item">
                <Link href={`/recommendations/${item.id}`} className="list__link">
                  <span className="tag">{KIND_LABEL[item.kind]}</span>
                  <span className="text">{item.text}</span>
                  <small>
                    {item.addressee && `${item.addressee} · `}
                    {RESPONSE_LABEL[item.responseStatus]}
                  </small>
                </Link>
                <SyncBadge state={item._state} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
