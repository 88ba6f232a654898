// The list groups by theme with counts, as district staff compile them.
import { Link } from 'wouter';
import type { Row } from '../../db/schema.ts';
import type { Recommendation } from '../../../shared/schemas/recommendation.ts';
import { KIND_LABEL, RESPONSE_LABEL } from '../../i18n/labels.ts';
import { db } from '../../runtime.ts';
import { SyncBadge } from '../../ui/sync-badge.tsx';
import { usePlans } from '../../ui/use-scope.ts';
import { useRowsOfShownYear } from '../../ui/use-shown-year.ts';
import { useT } from '../../i18n/locale.ts';
import { DeviceSearch, useDeviceSearch } from '../../ui/search-results.tsx';
import { ListScreen } from '../../ui/list-screen.tsx';

function RecommendationItem({ item }: { item: Row<Recommendation> }) {
  const t = useT();
  return (
    <li className="list__item">
      <Link href={`/recommendations/${item.id}`} className="list__link">
        <span className="tag">{t(KIND_LABEL[item.kind])}</span>
        <span className="text">{item.text}</span>
        <small>
          {item.addressee && `${item.addressee} · `}
          {t(RESPONSE_LABEL[item.responseStatus])}
        </small>
      </Link>
      <SyncBadge state={item._state} />
    </li>
  );
}

export function RecommendationsPage() {
  const t = useT();
  const plans = usePlans();
  const found = useDeviceSearch('recommendation');
  const { year, rows: loaded } = useRowsOfShownYear(
    db.recommendations,
    '_updatedAt',
    (recommendation) => recommendation.year,
    2000,
  );
  const recommendations = loaded ?? [];
  // The year's own plan names its themes; an older plan, a theme the year's plan no longer has.
  const themeTitles = new Map(
    [...plans]
      .sort((a, b) => (a.year === year ? 1 : b.year === year ? -1 : a.year - b.year))
      .flatMap((plan) => plan.themes.map((theme) => [theme.code, theme.title] as const)),
  );
  const groups = new Map<string, typeof recommendations>();
  for (const recommendation of recommendations) {
    const group = groups.get(recommendation.themeCode) ?? [];
    group.push(recommendation);
    groups.set(recommendation.themeCode, group);
  }
  return (
    <ListScreen
      title={t('Kiến nghị, sáng kiến, thông điệp')}
      add={{ href: '/recommendations/new', label: t('Ghi kiến nghị') }}
      byYear
    >
      <DeviceSearch
        search={found}
        label={t('Tìm kiến nghị')}
        empty={t('Không tìm thấy kiến nghị nào.')}
      >
        {(item) => <RecommendationItem key={item.id} item={item} />}
      </DeviceSearch>
      {!found.found && recommendations.length === 0 && (
        <p className="empty">{t('Chưa có kiến nghị nào.')}</p>
      )}
      {!found.found &&
        [...groups.entries()].map(([themeCode, items]) => (
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
                <RecommendationItem key={item.id} item={item} />
              ))}
            </ul>
          </section>
        ))}
    </ListScreen>
  );
}
