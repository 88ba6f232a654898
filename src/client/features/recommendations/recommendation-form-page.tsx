// A recommendation, initiative or message: opened from a forum's page it is quick entry bound to
// that forum; opened from the list it asks for the forum (or none, and why). The themes offered
// are those of the year's plan.
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'wouter';
import { stripLocal } from '../../db/schema.ts';
import { NOT_ON_DEVICE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { ConflictNotice } from '../../ui/conflict-notice.tsx';
import { useLoadedPlans } from '../../ui/use-scope.ts';
import { RecommendationForm } from './recommendation-form.tsx';
import { useRouteParam } from '../../ui/use-route-param.ts';

export function RecommendationFormPage() {
  const id = useRouteParam('id');
  const t = useT();
  const existing = useLiveQuery(
    async () => (id ? ((await db.recommendations.get(id)) ?? null) : null),
    [id],
  );
  const [params] = useSearchParams();
  const forumId = params.get('forum');
  const forum = useLiveQuery(
    async () => (forumId ? ((await db.forums.get(forumId)) ?? null) : null),
    [forumId],
  );
  const plans = useLoadedPlans();
  if (existing === undefined || forum === undefined || plans === undefined)
    return <p>{t('Đang tải…')}</p>;
  if (id && !existing) return <p>{t(NOT_ON_DEVICE_LABEL.recommendation)}</p>;
  return (
    <>
      {id && <ConflictNotice entity="recommendation" recordId={id} />}
      <RecommendationForm
        key={id ?? `new:${forumId ?? ''}`}
        id={id}
        plans={plans}
        initial={existing ? stripLocal(existing) : null}
        forum={forum ? { ...stripLocal(forum), id: forum.id } : null}
      />
    </>
  );
}
