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
import { columnSheet, type SheetRows } from './workbook.ts';

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
  return columnSheet(
    'Diễn đàn',
    [
      ['Ngày', (f) => f.date.split('-').reverse().join('/')],
      ['Đơn vị', (f) => unitName(f.unitCode)],
      ['Cấp', (f) => LEVEL_LABEL[f.level]],
      ['Địa điểm', (f) => f.venue],
      ['Trạng thái', (f) => FORUM_STATUS_LABEL[f.status]],
      ['Trẻ em', (f) => f.childrenTotal],
      ['Trẻ em gái', (f) => f.girls],
      ['Trẻ em trai', (f) => f.boys],
      ['Dân tộc thiểu số', (f) => f.ethnicMinority],
      ['HCĐB', (f) => f.specialCircumstances],
      ['Khuyết tật', (f) => f.withDisabilities],
      ['Hộ nghèo', (f) => f.poorHouseholds],
      ['Người lớn', (f) => f.adults],
    ],
    forums,
  );
}

export function attendeeSheet(
  attendees: (Pick<
    Attendee,
    'name' | 'role' | 'unitCode' | 'gender' | 'birthYear' | 'ethnicity' | 'guardianConsent'
  > & { training: string })[],
  seesChildName: (unitCode: string) => boolean,
  unitName: (code: string) => string,
): SheetRows {
  return columnSheet(
    'Người tham gia tập huấn',
    [
      ['Lớp tập huấn', (a) => a.training],
      ['Họ và tên', (a) => nameForExport(a, seesChildName)],
      ['Vai trò', (a) => ATTENDEE_ROLE_LABEL[a.role]],
      ['Giới tính', (a) => GENDER_LABEL[a.gender]],
      ['Năm sinh', (a) => a.birthYear],
      ['Dân tộc', (a) => a.ethnicity],
      ['Xã, phường', (a) => unitName(a.unitCode)],
      ['Cha mẹ đồng ý', (a) => (a.role === 'child' ? consentText(a.guardianConsent) : '')],
    ],
    attendees,
  );
}

/** A child's guardian consent as the sheet writes it: yes, no, or not recorded. */
function consentText(consent: boolean | null | undefined): string {
  return consent === true ? 'Có' : consent === false ? 'Không' : '';
}
