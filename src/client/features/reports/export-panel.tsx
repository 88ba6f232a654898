// Every file the year's figures can be taken away as, made on the device, offline; large ones in a
// worker with a progress bar while the screen stays usable.
import { useState } from 'react';
import { Link } from 'wouter';
import type { PublicUser } from '../../../shared/schemas/user.ts';
import { todayIso } from '../../i18n/dates.ts';
import { ACTIVITY_STATUS_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { dueLabel, isOverdue } from '../../ui/activity-due.ts';
import {
  exportDistrictReport,
  exportProvinceReport,
  exportRecommendationsCsv,
  exportWorkbook,
} from './exports.ts';
import { exportWorkProgramme } from './work-programme-export.ts';
import type { ReportData } from './report-data.ts';
import { Failure } from '../../ui/failure.tsx';

export function ExportPanel({
  data,
  previous,
  user,
}: {
  data: ReportData;
  previous: ReportData | undefined;
  user: PublicUser;
}) {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const reportsUp = data.tree.get(data.area)?.parentCode != null;
  const province = data.areaLevel === 'province';
  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setFailure(null);
    setProgress(null);
    try {
      await work();
    } catch {
      setFailure('Chưa tạo được tệp. Dữ liệu không thay đổi; hãy thử lại.');
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };
  const button = (label: string, work: () => Promise<void>, primary = false) => (
    <button
      type="button"
      className={`button${primary ? ' button--primary' : ''}`}
      disabled={busy !== null}
      onClick={() => void run(label, work)}
    >
      {t(label)}
    </button>
  );
  return (
    <div className="card exports" role="group" aria-label={t('Xuất báo cáo')}>
      <h2>{t('Xuất báo cáo')}</h2>
      <div className="actions">
        {reportsUp && (
          <>
            {button('Báo cáo kết quả (.docx)', () => exportDistrictReport(data, user), true)}
            <Link href={`/reports/print/${data.year}`} className="button">
              {t('Xem bản in')}
            </Link>
          </>
        )}
        {province &&
          button(
            'Báo cáo toàn tỉnh (.xlsx)',
            () => exportProvinceReport(data, previous, user, setProgress),
            true,
          )}
        {button('Kiến nghị tổng hợp (.xlsx)', () => exportWorkbook(data, user, false, setProgress))}
        {province &&
          button('Chương trình công tác (.xlsx)', () =>
            exportWorkProgramme(
              user,
              (due) => dueLabel(due),
              (status) => ACTIVITY_STATUS_LABEL[status],
              (activity) => isOverdue(activity, todayIso()),
            ),
          )}
        {button('Kiến nghị (.csv)', () => exportRecommendationsCsv(data, user))}
        {button('Toàn bộ dữ liệu (.xlsx)', () => exportWorkbook(data, user, true, setProgress))}
      </div>
      {busy && (
        <div role="status">
          <progress max={1} value={progress ?? undefined} aria-label={t('Đang tạo tệp')} />
          <p>{t('Đang tạo tệp…')}</p>
        </div>
      )}
      <Failure text={failure} />
    </div>
  );
}
