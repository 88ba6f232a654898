// A forum shows what children said at it, and opens quick entry bound to it.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { KIND_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';

export function ForumRecommendations({ forumId }: { forumId: string }) {
  const t = useT();
  const said = useLiveQuery(
    () => db.recommendations.where('forumId').equals(forumId).reverse().sortBy('_updatedAt'),
    [forumId],
    [],
  );
  return (
    <section className="card" aria-label={t('Ý kiến của trẻ em tại diễn đàn')}>
      <div className="page-head">
        <h2>
          {t('Ý kiến của trẻ em tại diễn đàn')} <span className="count">({said.length})</span>
        </h2>
        <Link href={`/recommendations/new?forum=${forumId}`} className="button button--primary">
          + {t('Ghi kiến nghị')}
        </Link>
      </div>
      <ul className="list">
        {said.map((item) => (
          <li key={item.id} className="list__item">
            <Link href={`/recommendations/${item.id}`} className="list__link">
              <span className="tag">{t(KIND_LABEL[item.kind])}</span>
              <span className="text">{item.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
