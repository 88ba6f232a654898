// Which forum a recommendation was said at: one of the year's forums the user may see, or none —
// then the user says why (a meeting, a letter, a visit), so no recommendation floats unexplained.
import { useLiveQuery } from 'dexie-react-hooks';
import { isoToDisplay } from '../../i18n/dates.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { Labelled } from '../../ui/labelled.tsx';

export function useForumsOfYear(year: number) {
  return useLiveQuery(
    () =>
      db.forums
        .orderBy('date')
        .reverse()
        .filter((forum) => forum._year === year)
        .limit(100)
        .toArray(),
    [year],
  );
}

export function ForumChoice({
  year,
  value,
  onChange,
}: {
  year: number;
  value: string | null;
  onChange: (forumId: string | null) => void;
}) {
  const t = useT();
  const forums = useForumsOfYear(year) ?? [];
  const units = useLiveQuery(
    async () => new Map((await db.units.toArray()).map((unit) => [unit.id, unit.name])),
    [],
    new Map<string, string>(),
  );
  return (
    <Labelled label={t('Diễn đàn')} className="field">
      {(id) => (
        <select
          id={id}
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value || null)}
        >
          <option value="">{t('Không gắn với diễn đàn nào')}</option>
          {forums.map((forum) => (
            <option key={forum.id} value={forum.id}>
              {isoToDisplay(forum.date)} · {units.get(forum.unitCode) ?? forum.unitCode} ·{' '}
              {forum.venue}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}
