// The report's figures as tables on screen, with the same numbers as the documents.
import type { ReportFigures } from '../../../shared/reports/report-figures.ts';
import { isoToDisplay } from '../../i18n/dates.ts';
import { ATTENDEE_ROLE_LABEL, RESPONSE_LABEL } from '../../i18n/labels.ts';
import { scrollRegion } from '../../ui/scroll-region.ts';
import { useT } from '../../i18n/locale.ts';
import type { CompareRow } from './compare.ts';

const DEADLINE_LABEL = {
  met: 'Đúng hạn',
  late: 'Muộn',
  missing: 'Chưa thực hiện',
  open: 'Chưa đến hạn',
} as const;

export function ForumsTable({ figures }: { figures: ReportFigures }) {
  const t = useT();
  const { rows, total } = figures.forums;
  return (
    <div className="table-scroll" {...scrollRegion(t('Diễn đàn theo đơn vị'))}>
      <table className="table" aria-label={t('Diễn đàn theo đơn vị')}>
        <thead>
          <tr>
            <th>{t('Đơn vị')}</th>
            <th>{t('Đã tổ chức')}</th>
            <th>{t('Dự kiến')}</th>
            <th>{t('Trẻ em')}</th>
            <th>{t('Trẻ em gái')}</th>
            <th>{t('Trẻ em trai')}</th>
            <th>{t('Trẻ em dân tộc thiểu số')}</th>
            <th>{t('Trẻ em có hoàn cảnh đặc biệt')}</th>
          </tr>
        </thead>
        <tbody>
          {[...rows, total].map((row) => (
            <tr key={row.unitCode || 'total'} className={row.unitCode ? '' : 'table__total'}>
              <td>{row.unitCode ? row.name : t('Tổng cộng')}</td>
              <td>{row.held}</td>
              <td>{row.planned}</td>
              <td>{row.childrenTotal}</td>
              <td>{row.girls}</td>
              <td>{row.boys}</td>
              <td>{row.ethnicMinority}</td>
              <td>{row.specialCircumstances}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ThemesTable({ figures }: { figures: ReportFigures }) {
  const t = useT();
  const { themes, total, forwarded } = figures.recommendations;
  return (
    <>
      <div className="table-scroll" {...scrollRegion(t('Kiến nghị theo chủ đề'))}>
        <table className="table" aria-label={t('Kiến nghị theo chủ đề')}>
          <thead>
            <tr>
              <th>{t('Chủ đề')}</th>
              <th>{t('Kiến nghị')}</th>
              <th>{t('Sáng kiến')}</th>
              <th>{t('Thông điệp')}</th>
              <th>{t(RESPONSE_LABEL.implemented)}</th>
              <th>{t(RESPONSE_LABEL['in-progress'])}</th>
              <th>{t(RESPONSE_LABEL['not-possible'])}</th>
              <th>{t('Tổng số')}</th>
            </tr>
          </thead>
          <tbody>
            {[...themes, total].map((theme, index) => (
              <tr
                key={theme.themeCode || 'total'}
                className={theme.themeCode ? '' : 'table__total'}
              >
                <td>{theme.themeCode ? `${index + 1}. ${theme.title}` : t('Tổng cộng')}</td>
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
      {forwarded.copies > 0 && (
        <p className="muted">
          {t('Đã chuyển lên cấp trên {n} kiến nghị (từ {m} ý kiến nêu trên, không tính thêm).', {
            n: forwarded.copies,
            m: forwarded.sources,
          })}
        </p>
      )}
    </>
  );
}

export function DeadlinesTable({ figures }: { figures: ReportFigures }) {
  const t = useT();
  return (
    <>
      {figures.deadlines.map((deadline) => (
        <details key={deadline.code} className="deadline" open={deadline.counts.missing > 0}>
          <summary>
            <strong>{deadline.title}</strong> ({isoToDisplay(deadline.due)}):{' '}
            {t('{met} đúng hạn, {late} muộn, {missing} chưa thực hiện, {open} chưa đến hạn', {
              ...deadline.counts,
            })}
          </summary>
          <ul className="list">
            {deadline.units.map((unit) => (
              <li key={unit.unitCode} className={`list__item deadline--${unit.state}`}>
                <span>{unit.name}</span>
                <span>
                  {t(DEADLINE_LABEL[unit.state])}
                  {unit.on ? ` (${isoToDisplay(unit.on)})` : ''}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}

export function TrainingsTable({ figures }: { figures: ReportFigures }) {
  const t = useT();
  const { trainings } = figures;
  const roles = (['child', 'adult', 'collaborator', 'official'] as const).filter(
    (role) => trainings.byRole[role].total > 0,
  );
  return (
    <>
      <p>
        {t(
          '{n} lớp tập huấn, {people} người tham gia, {present} có mặt; {consent} trẻ em có ý kiến đồng ý của cha mẹ.',
          {
            n: trainings.trainings,
            people: trainings.attendees,
            present: trainings.present,
            consent: trainings.childrenWithConsent,
          },
        )}
      </p>
      {roles.length > 0 && (
        <div className="table-scroll" {...scrollRegion(t('Người tham gia tập huấn'))}>
          <table className="table" aria-label={t('Người tham gia tập huấn')}>
            <thead>
              <tr>
                <th>{t('Đối tượng')}</th>
                <th>{t('Tổng số')}</th>
                <th>{t('Nữ')}</th>
                <th>{t('Nam')}</th>
                <th>{t('Có mặt')}</th>
              </tr>
            </thead>
            <tbody>
              {roles.map((role) => (
                <tr key={role}>
                  <td>{t(ATTENDEE_ROLE_LABEL[role])}</td>
                  <td>{trainings.byRole[role].total}</td>
                  <td>{trainings.byRole[role].byGender.female}</td>
                  <td>{trainings.byRole[role].byGender.male}</td>
                  <td>{trainings.byRole[role].present}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function FollowUpTable({ figures }: { figures: ReportFigures }) {
  const t = useT();
  const { years, total } = figures.followUp;
  if (total.total === 0)
    return <p className="muted">{t('Không có kiến nghị của các năm trước.')}</p>;
  return (
    <div
      className="table-scroll"
      {...scrollRegion(t('Kết quả giải quyết kiến nghị các năm trước'))}
    >
      <table className="table" aria-label={t('Kết quả giải quyết kiến nghị các năm trước')}>
        <thead>
          <tr>
            <th>{t('Năm')}</th>
            <th>{t(RESPONSE_LABEL.implemented)}</th>
            <th>{t(RESPONSE_LABEL['in-progress'])}</th>
            <th>{t(RESPONSE_LABEL['not-possible'])}</th>
            <th>{t(RESPONSE_LABEL.pending)}</th>
            <th>{t('Tổng số')}</th>
          </tr>
        </thead>
        <tbody>
          {[...years, total].map((row) => (
            <tr key={row.year} className={row.year ? '' : 'table__total'}>
              <td>{row.year || t('Tổng cộng')}</td>
              <td>{row.byStatus.implemented}</td>
              <td>{row.byStatus['in-progress']}</td>
              <td>{row.byStatus['not-possible']}</td>
              <td>{row.byStatus.pending}</td>
              <td>{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CompareTable({ rows, years }: { rows: CompareRow[]; years: [number, number] }) {
  const t = useT();
  return (
    <div className="table-scroll" {...scrollRegion(t('So sánh hai năm'))}>
      <table className="table" aria-label={t('So sánh hai năm')}>
        <thead>
          <tr>
            <th>{t('Chỉ tiêu')}</th>
            <th>{years[0]}</th>
            <th>{years[1]}</th>
            <th>{t('Tăng, giảm')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, values: [a, b] }) => (
            <tr key={label}>
              <td>{t(label)}</td>
              <td>{a}</td>
              <td>{b}</td>
              <td>{b - a > 0 ? `+${b - a}` : b - a}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
