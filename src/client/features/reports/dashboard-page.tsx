// What the user's unit has done in a year, as tables and charts with the same numbers as the
// documents, the report to send up, every export, and two years side by side.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { todayIso } from '../../i18n/dates.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { usePlans } from '../../ui/use-scope.ts';
import { YearPicker } from '../../ui/year-picker.tsx';
import { compareRows } from './compare.ts';
import { ExportPanel } from './export-panel.tsx';
import {
  CompareTable,
  DeadlinesTable,
  FigureCard,
  FollowUpTable,
  ForumsTable,
  ThemesTable,
  TrainingsTable,
} from './figure-tables.tsx';
import { ReportCharts } from './report-charts.tsx';
import { loadReportData } from './report-data.ts';
import { SubmitPanel } from './submit-panel.tsx';

export function DashboardPage() {
  const t = useT();
  const user = useUser();
  const plans = usePlans();
  const [year, setYear] = useState<number | null>(null);
  const [compareWith, setCompareWith] = useState<number | null>(null);
  const shownYear = year ?? plans[0]?.year ?? new Date().getFullYear();
  const otherYear = compareWith ?? plans.find((plan) => plan.year < shownYear)?.year ?? null;
  const today = todayIso();
  const data = useLiveQuery(
    () => loadReportData(db, user, shownYear, today),
    [user, shownYear, today],
  );
  const previous = useLiveQuery(
    async () => (otherYear === null ? null : loadReportData(db, user, otherYear, today)),
    [user, otherYear, today],
  );
  if (!data) return <p>{t('Đang tải…')}</p>;
  const { figures } = data;
  const reviews = data.tree.children(data.area).length > 0;
  return (
    <section className="dashboard">
      <div className="page-head">
        <h1>{t('Tổng hợp, báo cáo')}</h1>
        <YearPicker plans={plans} year={shownYear} onChange={setYear} />
      </div>
      <p className="muted">
        {data.areaName} ·{' '}
        {t('theo đơn vị hành chính ngày {date}', {
          date: data.tree.day.split('-').reverse().join('/'),
        })}
      </p>
      {figures.warnings.length > 0 && (
        <ul className="warnings" aria-label={t('Cần xem lại')}>
          {figures.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <SubmitPanel data={data} user={user} />
      <p className="links">
        {reviews && (
          <Link href="/reports/submissions">{t('Báo cáo của các đơn vị trực thuộc')}</Link>
        )}
        <Link href="/reports/letterhead">{t('Thông tin văn bản của đơn vị')}</Link>
      </p>
      <ExportPanel data={data} previous={previous ?? undefined} user={user} />

      <FigureCard title={t('Diễn đàn và trẻ em tham gia')} Table={ForumsTable} figures={figures} />
      <div className="card">
        <h2>
          {t('Kiến nghị của trẻ em')} ({figures.recommendations.total.total})
        </h2>
        {figures.recommendations.total.total > 0 && <ReportCharts figures={figures} />}
        <ThemesTable figures={figures} />
      </div>
      <FigureCard title={t('Tập huấn')} Table={TrainingsTable} figures={figures} />
      <FigureCard
        title={t('Kết quả giải quyết kiến nghị các năm trước')}
        Table={FollowUpTable}
        figures={figures}
      />
      <FigureCard title={t('Thời hạn')} Table={DeadlinesTable} figures={figures} />
      {previous && (
        <div className="card">
          <div className="page-head">
            <h2>{t('So sánh hai năm')}</h2>
            <YearPicker
              label="So với năm"
              plans={plans.filter((plan) => plan.year !== shownYear)}
              year={previous.year}
              onChange={setCompareWith}
            />
          </div>
          <CompareTable rows={compareRows(previous, data)} years={[previous.year, data.year]} />
        </div>
      )}
    </section>
  );
}
