// A training's attendance sheet, kept offline: add people as they arrive, tick who is present each day,
// and record a guardian's consent for each child. Children's names stay in their district: staff
// above it see "(ẩn tên trẻ em)" in their place (the server withholds them).
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import type { Row } from '../../db/schema.ts';
import { isRedacted } from '../../../shared/privacy/child-data.ts';
import type { Attendance, Attendee } from '../../../shared/schemas/training.ts';
import { saveRecord } from '../../db/write.ts';
import { isoToDisplay } from '../../i18n/dates.ts';
import {
  ATTENDEE_ROLE_LABEL,
  AUDIENCE_LABEL,
  GENDER_LABEL,
  NOT_ON_DEVICE_LABEL,
} from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { InstantCheckbox } from '../../ui/instant-checkbox.tsx';
import { SyncBadge } from '../../ui/sync-badge.tsx';
import { useUnitsInScope } from '../../ui/use-scope.ts';
import { AttendeeForm } from './attendee-form.tsx';
import { attendanceId, trainingDays } from './training-days.ts';
import { useRouteParam } from '../../ui/use-route-param.ts';

function markPresent(attendee: Row<Attendee>, day: string, present: boolean) {
  const data: Attendance = {
    attendeeId: attendee.id,
    trainingId: attendee.trainingId,
    unitCode: attendee.unitCode,
    day,
    present,
  };
  return saveRecord(db, 'attendance', attendanceId(attendee.id, day), data, {
    mutation: 'attendance.set',
  });
}

/** Ticked on the sheet: the consent is dated the training's day (it was given for the training). */
function setConsent(attendee: Row<Attendee>, consent: boolean, trainingDate: string) {
  return saveRecord(db, 'attendee', attendee.id, {
    guardianConsent: consent,
    consentDate: consent ? (attendee.consentDate ?? trainingDate) : null,
  });
}

export function AttendanceSheetPage() {
  const id = useRouteParam('id') ?? '';
  const t = useT();
  const user = useUser();
  const units = useUnitsInScope(user);
  const training = useLiveQuery(async () => (await db.trainings.get(id)) ?? null, [id]);
  const attendees = useLiveQuery(
    () => db.attendees.where('trainingId').equals(id).sortBy('name'),
    [id],
    [],
  );
  const present = useLiveQuery(
    async () =>
      new Set(
        (await db.attendance.where('trainingId').equals(id).toArray())
          .filter((row) => row.present)
          .map((row) => row.id),
      ),
    [id],
    new Set<string>(),
  );
  if (training === undefined) return <p>{t('Đang tải…')}</p>;
  if (!training) return <p>{t(NOT_ON_DEVICE_LABEL.training)}</p>;
  const days = trainingDays(training.date, training.endDate);
  const communes = units.filter((unit) => unit.level === 'commune' || unit.id === user.unitCode);
  const defaultUnitCode =
    communes.find((unit) => unit.id === training.unitCode)?.id ?? communes[0]?.id ?? user.unitCode;
  const children = attendees.filter((a) => a.role === 'child');
  const withoutConsent = children.filter((a) => a.guardianConsent !== true).length;

  return (
    <section className="attendance-sheet">
      <div className="card">
        <h1>{training.topic}</h1>
        <p>
          {days.map(isoToDisplay).join(', ')} · {training.place}
        </p>
        <p className="muted">
          {t('Giảng viên')}: {training.trainer} ·{' '}
          {training.audiences.map((a) => t(AUDIENCE_LABEL[a])).join(', ')}
        </p>
        <p className="links">
          <Link href={`/trainings/${id}/edit`}>{t('Sửa thông tin lớp')}</Link>
          <Link href={`/trainings/${id}/sheet`}>{t('In danh sách ký tên')}</Link>
        </p>
      </div>
      <AttendeeForm
        trainingId={id}
        trainingDate={training.date}
        communes={communes}
        defaultUnitCode={defaultUnitCode}
      />
      <section className="card" aria-label={t('Danh sách tham gia')}>
        <h2>
          {t('Danh sách tham gia')} <span className="count">({attendees.length})</span>
        </h2>
        <p className="muted">
          {days
            .map((day) =>
              t('{day}: {n} có mặt', {
                day: isoToDisplay(day),
                n: attendees.filter((a) => present.has(attendanceId(a.id, day))).length,
              }),
            )
            .join(' · ')}
        </p>
        {withoutConsent > 0 && (
          <p className="warning" role="status">
            {t('{n} trẻ em chưa có ý kiến đồng ý của cha mẹ, người giám hộ.', {
              n: withoutConsent,
            })}
          </p>
        )}
        {attendees.length === 0 && <p className="empty">{t('Chưa có ai trong danh sách.')}</p>}
        <ul className="list attendees">
          {attendees.map((attendee) => (
            <li key={attendee.id} className="list__item attendee">
              <div className="attendee__who">
                <strong>{attendee.name}</strong>
                <small>
                  {t(ATTENDEE_ROLE_LABEL[attendee.role])} · {t(GENDER_LABEL[attendee.gender])}
                  {attendee.birthYear ? ` · ${attendee.birthYear}` : ''}
                  {attendee.ethnicity ? ` · ${attendee.ethnicity}` : ''}
                </small>
                {attendee.role === 'child' && isRedacted(attendee) && (
                  <small>
                    {attendee.guardianConsent === true
                      ? t('Cha mẹ đã đồng ý')
                      : t('Chưa có ý kiến của cha mẹ')}
                  </small>
                )}
                {attendee.role === 'child' && !isRedacted(attendee) && (
                  <InstantCheckbox
                    checked={attendee.guardianConsent === true}
                    onSave={(consent) => setConsent(attendee, consent, training.date)}
                  >
                    {t('Cha mẹ đồng ý')}
                    {attendee.consentDate ? ` (${isoToDisplay(attendee.consentDate)})` : ''}
                  </InstantCheckbox>
                )}
              </div>
              <div className="attendee__days">
                {days.map((day) => (
                  <InstantCheckbox
                    key={day}
                    checked={present.has(attendanceId(attendee.id, day))}
                    onSave={(checked) => markPresent(attendee, day, checked)}
                    label={t('{name} có mặt ngày {day}', {
                      name: attendee.name,
                      day: isoToDisplay(day),
                    })}
                  >
                    {isoToDisplay(day).slice(0, 5)}
                  </InstantCheckbox>
                ))}
              </div>
              <SyncBadge state={attendee._state} />
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
