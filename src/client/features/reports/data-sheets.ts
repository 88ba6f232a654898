// The full data's own sheets: forums, and trainings' participants with children's names only where
// the exporter may read them.
import { REDACTED_NAME, type Attendee } from '../../../shared/schemas/training.ts';
import type { Forum } from '../../../shared/schemas/forum.ts';
import {
  ATTENDEE_ROLE_LABEL,
  FORUM_STATUS_LABEL,
  GENDER_LABEL,
  LEVEL_LABEL,
} from '../../i18n/labels.ts';
import type { SheetRows } from './workbook.ts';

/**
 * What an export may show of a participant's name: a child's only where the exporter may read it
 * (`seesChildNames` of the shared scope rule: staff of the child's own district). The device holds
 * no other names anyway (the server withholds them); this is the second lock on the same door.
 */
export function nameForExport(
  attendee: Pick<Attendee, 'name' | 'role' | 'unitCode'>,
  seesChildName: (unitCode: string) => boolean,
): string {
  if (attendee.role !== 'child') return attendee.name;
  return seesChildName(attendee.unitCode) ? attendee.name : REDACTED_NAME;
}

export function forumSheet(
  forums: Pick<
    Forum,
    | 'date'
    | 'unitCode'
    | 'level'
    | 'venue'
    | 'status'
    | 'childrenTotal'
    | 'girls'
    | 'boys'
    | 'ethnicMinority'
    | 'specialCircumstances'
    | 'withDisabilities'
    | 'poorHouseholds'
    | 'adults'
  >[],
  unitName: (code: string) => string,
): SheetRows {
  return {
    name: 'Diễn đàn',
    rows: [
      [
        'Ngày',
        'Đơn vị',
        'Cấp',
        'Địa điểm',
        'Trạng thái',
        'Trẻ em',
        'Trẻ em gái',
        'Trẻ em trai',
        'Dân tộc thiểu số',
        'HCĐB',
        'Khuyết tật',
        'Hộ nghèo',
        'Người lớn',
      ],
      ...forums.map((f) => [
        f.date.split('-').reverse().join('/'),
        unitName(f.unitCode),
        LEVEL_LABEL[f.level],
        f.venue,
        FORUM_STATUS_LABEL[f.status],
        f.childrenTotal,
        f.girls,
        f.boys,
        f.ethnicMinority,
        f.specialCircumstances,
        f.withDisabilities,
        f.poorHouseholds,
        f.adults,
      ]),
    ],
  };
}

export function attendeeSheet(
  attendees: (Pick<
    Attendee,
    'name' | 'role' | 'unitCode' | 'gender' | 'birthYear' | 'ethnicity' | 'guardianConsent'
  > & { training: string })[],
  seesChildName: (unitCode: string) => boolean,
  unitName: (code: string) => string,
): SheetRows {
  return {
    name: 'Người tham gia tập huấn',
    rows: [
      [
        'Lớp tập huấn',
        'Họ và tên',
        'Vai trò',
        'Giới tính',
        'Năm sinh',
        'Dân tộc',
        'Xã, phường',
        'Cha mẹ đồng ý',
      ],
      ...attendees.map((a) => [
        a.training,
        nameForExport(a, seesChildName),
        ATTENDEE_ROLE_LABEL[a.role],
        GENDER_LABEL[a.gender],
        a.birthYear,
        a.ethnicity,
        unitName(a.unitCode),
        a.role === 'child'
          ? a.guardianConsent === true
            ? 'Có'
            : a.guardianConsent === false
              ? 'Không'
              : ''
          : '',
      ]),
    ],
  };
}
