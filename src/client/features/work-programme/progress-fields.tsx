// An activity's status and progress note, as the province and as a unit report them.
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../shared/schemas/activity.ts';
import { ACTIVITY_STATUS_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { Labelled } from '../../ui/labelled.tsx';

/** The statuses as a select's options, in their order. */
export function StatusOptions() {
  const t = useT();
  return ACTIVITY_STATUSES.map((value) => (
    <option key={value} value={value}>
      {t(ACTIVITY_STATUS_LABEL[value])}
    </option>
  ));
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
      <Labelled label={t('Trạng thái')}>
        {(id) => (
          <select
            id={id}
            value={status}
            onChange={(e) =>
              onStatus(ACTIVITY_STATUSES.find((s) => s === e.target.value) ?? status)
            }
          >
            <StatusOptions />
          </select>
        )}
      </Labelled>
      <Labelled label={t('Tiến độ, ghi chú')}>
        {(id) => (
          <textarea id={id} rows={3} value={note} onChange={(e) => onNote(e.target.value)} />
        )}
      </Labelled>
    </>
  );
}
