// A recommendation, initiative or message: opened from a forum's page it is quick entry bound to
// that forum; opened from the list it asks for the forum (or none, and why). The themes offered
// are those of the year's plan.
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'wouter';
import { stripLocal } from '../../db/schema.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { RecordPage } from '../../ui/record-page.tsx';
import { useLoadedPlans } from '../../ui/use-scope.ts';
import { RecommendationForm } from './recommendation-form.tsx';
import { useRouteParam } from '../../ui/use-route-param.ts';

export function RecommendationFormPage() {
  const id = useRouteParam('id');
  const t = useT();
  const [params] = useSearchParams();
  const forumId = params.get('forum');
  const forum = useLiveQuery(
    async () => (forumId ? ((await db.forums.get(forumId)) ?? null) : null),
    [forumId],
  );
  const plans = useLoadedPlans();
  if (forum === undefined || plans === undefined) return <p>{t('Đang tải…')}</p>;
  return (
    <RecordPage entity="recommendation" id={id}>
      {(record) => (
        <RecommendationForm
          key={id ?? `new:${forumId ?? ''}`}
          id={id}
          plans={plans}
          initial={record ? stripLocal(record) : null}
          forum={forum ? { ...stripLocal(forum), id: forum.id } : null}
        />
      )}
    </RecordPage>
  );
}
