// The work programme's status as .xlsx, for the steering committee's meeting.
import type { Activity, ActivityStatus } from '../../../shared/schemas/activity.ts';
import type { PublicUser } from '../../../shared/schemas/user.ts';
import { db } from '../../runtime.ts';
import { downloadFile } from '../../ui/download.ts';
import { note, XLSX } from './export-note.ts';
import type { SheetRows } from './workbook.ts';

/** The work programme's status: each activity with its lead agency, due period and status. */
export async function exportWorkProgramme(
  user: PublicUser,
  dueLabel: (due: string) => string,
  statusLabel: (status: ActivityStatus) => string,
  overdue: (a: Pick<Activity, 'due' | 'status'>) => boolean,
) {
  const activities = (await db.activities.toArray()).sort((a, b) => a.year - b.year || a.no - b.no);
  const sheet: SheetRows = {
    name: 'Chương trình công tác',
    rows: [
      [
        'STT',
        'Năm',
        'Nội dung hoạt động',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Thời hạn',
        'Trạng thái',
        'Quá hạn',
        'Tiến độ, ghi chú',
      ],
      ...activities.map((a) => [
        a.no,
        a.year,
        a.title,
        a.lead,
        a.partners.join('; '),
        dueLabel(a.due),
        statusLabel(a.status),
        overdue(a) ? 'Quá hạn' : '',
        a.progressNote,
      ]),
    ],
  };
  const { writeXlsx } = await import('./write-xlsx.ts');
  downloadFile('chuong-trinh-cong-tac.xlsx', await writeXlsx([sheet]), XLSX);
  await note(user, 'work-programme', 'xlsx', activities.length);
}
