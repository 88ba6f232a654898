// A training's attendance sheet on A4, to print (or save as PDF through the browser's print) and
// pass round for signatures: the heading, the people already listed, then numbered blank rows, with
// role, gender and one signature column per day. Children's rows are as the device holds them:
// beyond the child's district the name is already withheld. Presence is ticked afterwards on the
// attendance screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { isoToDisplay } from '../../i18n/dates.ts';
import { ATTENDEE_ROLE_LABEL, GENDER_LABEL, NOT_ON_DEVICE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUnitName } from '../../ui/use-scope.ts';
import { trainingDays } from './training-days.ts';
import { Button } from '../../ui/button.tsx';
import { useRouteParam } from '../../ui/use-route-param.ts';

/** Rows on the sheet at least: room for those who come without having been listed. */
const MIN_ROWS = 25;
const BLANK_AFTER_LISTED = 10;

export function AttendancePrintPage() {
  const id = useRouteParam('id') ?? '';
  const t = useT();
  const training = useLiveQuery(async () => (await db.trainings.get(id)) ?? null, [id]);
  const attendees = useLiveQuery(
    () => db.attendees.where('trainingId').equals(id).sortBy('name'),
    [id],
    [],
  );
  const unitName = useUnitName(training?.unitCode ?? '');
  if (training === undefined) return <p>{t('Đang tải…')}</p>;
  if (!training) return <p>{t(NOT_ON_DEVICE_LABEL.training)}</p>;
  const days = trainingDays(training.date, training.endDate);
  const rows = Math.max(MIN_ROWS, attendees.length + BLANK_AFTER_LISTED);
  return (
    <article className="doc attendance-print">
      <p className="no-print links">
        <Button primary onClick={() => window.print()}>
          {t('In hoặc lưu PDF')}
        </Button>
        <Link href={`/trainings/${id}/attendance`} className="button">
          {t('Về danh sách tham gia')}
        </Link>
      </p>
      <p className="doc__unit">{unitName}</p>
      <h1 className="doc__title">{t('DANH SÁCH THAM DỰ TẬP HUẤN')}</h1>
      <p className="doc__center">{training.topic}</p>
      <p className="doc__center">
        {t('Thời gian')}: {days.map(isoToDisplay).join(', ')} · {t('Địa điểm')}: {training.place}
      </p>
      <p className="doc__center">
        {t('Giảng viên')}: {training.trainer}
      </p>
      <table className="doc__table" aria-label={t('Danh sách ký tên')}>
        <thead>
          <tr>
            <th>{t('STT')}</th>
            <th>{t('Họ và tên')}</th>
            <th>{t('Vai trò')}</th>
            <th>{t('Giới tính')}</th>
            {days.map((day) => (
              <th key={day}>
                {t('Ký tên')} {isoToDisplay(day).slice(0, 5)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, index) => {
            const attendee = attendees[index];
            return (
              <tr key={index}>
                <td>{index + 1}</td>
                <td>{attendee?.name ?? ''}</td>
                <td>{attendee ? t(ATTENDEE_ROLE_LABEL[attendee.role]) : ''}</td>
                <td>{attendee ? t(GENDER_LABEL[attendee.gender]) : ''}</td>
                {days.map((day) => (
                  <td key={day} className="attendance-print__sign" />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="doc__note">
        {t('Danh sách có tên trẻ em được giữ tại địa phương: không chụp, không gửi ra ngoài.')}
      </p>
    </article>
  );
}
