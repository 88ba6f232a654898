// What the scope has done this year, at a glance and as tables with the same numbers, and every
// export: the district report (.docx, print view), the compiled recommendations (.xlsx, .csv),
// the full data, and the province's report across districts.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { RESPONSE_LABEL, KIND_LABEL } from '../../i18n/labels.ts';
import { isoToDisplay, todayIso } from '../../i18n/dates.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { dueLabel, isOverdue } from '../../ui/activity-due.ts';
import { ACTIVITY_STATUS_LABEL } from '../../i18n/labels.ts';
import { useUser } from '../../session/store.ts';
import { Labelled } from '../../ui/labelled.tsx';
import { usePlans } from '../../ui/use-scope.ts';
import { StackedBars } from './bar-chart.tsx';
import {
  exportDistrictReport,
  exportProvinceReport,
  exportRecommendationsCsv,
  exportWorkbook,
  exportWorkProgramme,
} from './exports.ts';
import { loadReportData, type ReportData } from './report-data.ts';

const DEADLINE_LABEL = { met: 'Đã thực hiện', missed: 'Quá hạn', open: 'Chưa đến hạn' } as const;

function Charts({ data }: { data: ReportData }) {
  const t = useT();
  const themes = data.figures.themes;
  const categories = useMemo(
    () => themes.map((_, index) => t('Chủ đề {n}', { n: index + 1 })),
    [themes, t],
  );
  const kinds = useMemo(
    () =>
      (['recommendation', 'initiative', 'message'] as const).map((kind) => ({
        name: t(KIND_LABEL[kind]),
        values: themes.map((theme) => theme.byKind[kind]),
      })),
    [themes, t],
  );
  const answers = useMemo(
    () =>
      (['implemented', 'in-progress', 'not-possible', 'pending'] as const).map((status) => ({
        name: t(RESPONSE_LABEL[status]),
        values: themes.map((theme) => theme.byStatus[status]),
      })),
    [themes, t],
  );
  return (
    <div className="charts">
      <StackedBars
        label={t('Kiến nghị theo chủ đề và loại')}
        categories={categories}
        series={kinds}
      />
      <StackedBars
        label={t('Kết quả trả lời theo chủ đề')}
        categories={categories}
        series={answers}
      />
    </div>
  );
}

export function DashboardPage() {
  const t = useT();
  const user = useUser();
  const plans = usePlans();
  const [year, setYear] = useState<number | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const shownYear = year ?? plans[0]?.year ?? new Date().getFullYear();
  const today = todayIso();
  const data = useLiveQuery(
    () => loadReportData(db, user, shownYear, today),
    [user, shownYear, today],
  );

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

  if (!data) return <p>{t('Đang tải…')}</p>;
  const { figures } = data;
  const district = user.role === 'district';
  const province = user.role === 'province' || user.role === 'admin';
  return (
    <section className="dashboard">
      <div className="page-head">
        <h1>{t('Tổng hợp, báo cáo')}</h1>
        <Labelled label={t('Năm')}>
          {(id) => (
            <select id={id} value={shownYear} onChange={(e) => setYear(Number(e.target.value))}>
              {plans.map((plan) => (
                <option key={plan.id} value={plan.year}>
                  {plan.year}
                </option>
              ))}
            </select>
          )}
        </Labelled>
      </div>

      <div className="card exports" role="group" aria-label={t('Xuất báo cáo')}>
        <h2>{t('Xuất báo cáo')}</h2>
        <div className="actions">
          {district && (
            <>
              <button
                type="button"
                className="button button--primary"
                disabled={busy !== null}
                onClick={() => void run('docx', () => exportDistrictReport(data, user))}
              >
                {t('Báo cáo kết quả (.docx)')}
              </button>
              <Link href={`/reports/print/${shownYear}`} className="button">
                {t('Xem bản in')}
              </Link>
            </>
          )}
          {province && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== null}
              onClick={() =>
                void run('province', () => exportProvinceReport(data, user, setProgress))
              }
            >
              {t('Báo cáo toàn tỉnh (.xlsx)')}
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void run('xlsx', () => exportWorkbook(data, user, false, setProgress))}
          >
            {t('Kiến nghị tổng hợp (.xlsx)')}
          </button>
          {province && (
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() =>
                void run('work-programme', () =>
                  exportWorkProgramme(
                    user,
                    (due) => dueLabel(due),
                    (status) => ACTIVITY_STATUS_LABEL[status as keyof typeof ACTIVITY_STATUS_LABEL],
                    (activity) => isOverdue(activity as never, today),
                  ),
                )
              }
            >
              {t('Chương trình công tác (.xlsx)')}
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void run('csv', () => exportRecommendationsCsv(data, user))}
          >
            {t('Kiến nghị (.csv)')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void run('full', () => exportWorkbook(data, user, true, setProgress))}
          >
            {t('Toàn bộ dữ liệu (.xlsx)')}
          </button>
        </div>
        {busy && (
          <div role="status">
            <progress max={1} value={progress ?? undefined} aria-label={t('Đang tạo tệp')} />
            <p>{t('Đang tạo tệp…')}</p>
          </div>
        )}
        {failure && (
          <p className="form__failure" role="alert">
            {t(failure)}
          </p>
        )}
      </div>

      <div className="card">
        <h2>{t('Thời hạn')}</h2>
        <ul className="deadlines">
          {figures.deadlines.map((d) => (
            <li key={d.code} className={d.state === 'missed' ? 'overdue' : ''}>
              <span>{d.title}</span>
              <span>
                {isoToDisplay(d.due)}: {t(DEADLINE_LABEL[d.state])}
              </span>
            </li>
          ))}
        </ul>
      </div>

      <div className="card">
        <h2>
          {t('Kiến nghị của trẻ em')} ({figures.recommendations})
        </h2>
        {figures.recommendations > 0 && <Charts data={data} />}
        <div className="table-scroll">
          <table className="table" aria-label={t('Kiến nghị theo chủ đề')}>
            <thead>
              <tr>
                <th>{t('Chủ đề')}</th>
                <th>{t('Kiến nghị')}</th>
                <th>{t('Sáng kiến')}</th>
                <th>{t('Thông điệp')}</th>
                <th>{t('Đã được đáp ứng, thực hiện')}</th>
                <th>{t('Đang được xem xét, thực hiện')}</th>
                <th>{t('Chưa thể thực hiện')}</th>
                <th>{t('Tổng số')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.themes.map((theme, index) => (
                <tr key={theme.themeCode}>
                  <td>
                    {index + 1}. {theme.title}
                  </td>
                  <td>{theme.byKind.recommendation}</td>
                  <td>{theme.byKind.initiative}</td>
                  <td>{theme.byKind.message}</td>
                  <td>{theme.byStatus.implemented}</td>
                  <td>{theme.byStatus['in-progress']}</td>
                  <td>{theme.byStatus['not-possible']}</td>
                  <td>{theme.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <div className="card">
        <h2>{t('Diễn đàn và trẻ em tham gia')}</h2>
        <div className="table-scroll">
          <table className="table" aria-label={t('Diễn đàn theo đơn vị')}>
            <thead>
              <tr>
                <th>{t('Đơn vị')}</th>
                <th>{t('Đã tổ chức')}</th>
                <th>{t('Dự kiến')}</th>
                <th>{t('Trẻ em')}</th>
                <th>{t('Trẻ em gái')}</th>
                <th>{t('Trẻ em dân tộc thiểu số')}</th>
                <th>{t('Trẻ em có hoàn cảnh đặc biệt')}</th>
              </tr>
            </thead>
            <tbody>
              {[...figures.units, figures.total].map((unit) => (
                <tr key={unit.unitCode || 'total'} className={unit.unitCode ? '' : 'table__total'}>
                  <td>{unit.unitCode ? unit.name : t('Tổng cộng')}</td>
                  <td>{unit.held}</td>
                  <td>{unit.planned}</td>
                  <td>{unit.children}</td>
                  <td>{unit.girls}</td>
                  <td>{unit.ethnicMinority}</td>
                  <td>{unit.specialCircumstances}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
