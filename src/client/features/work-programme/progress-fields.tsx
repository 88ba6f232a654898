// An activity's status and progress note, as the province and as a unit report them.
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../shared/schemas/activity.ts';
import { ACTIVITY_STATUS_LABEL } from '../../i18n/labels.ts';
import { oneOf } from '../../../shared/one-of.ts';
import { useT, type Translate } from '../../i18n/locale.ts';
import { Filter, type Option } from '../../ui/filter.tsx';
import { Labelled } from '../../ui/labelled.tsx';

/** The activity statuses as a list's options, in the screen's language. */
export function statusOptions(t: Translate): Option[] {
  return ACTIVITY_STATUSES.map((value) => ({ value, label: t(ACTIVITY_STATUS_LABEL[value]) }));
}

export function ProgressFields({
  status,
  note,
  onStatus,
  onNote,
}: {
  status: ActivityStatus;
  note: string;
  onStatus: (status: ActivityStatus) => void;
  onNote: (note: string) => void;
}) {
  const t = useT();
  return (
    <>
      <Filter
        label={t('Trạng thái')}
        value={status}
        options={statusOptions(t)}
        onChange={(value) => onStatus(oneOf(ACTIVITY_STATUSES, value) ?? status)}
      />
      <Labelled label={t('Tiến độ, ghi chú')}>
        {(id) => (
          <textarea id={id} rows={3} value={note} onChange={(e) => onNote(e.target.value)} />
        )}
      </Labelled>
    </>
  );
}
