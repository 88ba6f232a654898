// The report's figures as tables on screen, with the same numbers as the documents.
import type { ReactNode } from 'react';
import { forumFigures } from '../../../shared/reports/forums-section.ts';
import type { ReportFigures } from '../../../shared/reports/report-figures.ts';
import { isoToDisplay } from '../../i18n/dates.ts';
import { ATTENDEE_ROLE_LABEL, FORUM_FIGURE_LABEL, RESPONSE_LABEL } from '../../i18n/labels.ts';
import { FigureTable } from '../../ui/figure-table.tsx';
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
    <FigureTable
      label={t('Diễn đàn theo đơn vị')}
      headers={[t('Đơn vị'), ...Object.values(FORUM_FIGURE_LABEL).map((label) => t(label))]}
      rows={[...rows, total].map((row) => ({
        key: row.unitCode || 'total',
        total: !row.unitCode,
        cells: [row.unitCode ? row.name : t('Tổng cộng'), ...forumFigures(row)],
      }))}
    />
  );
}

export function ThemesTable({ figures }: { figures: ReportFigures }) {
  const t = useT();
  const { themes, total, forwarded } = figures.recommendations;
  return (
    <>
      <FigureTable
        label={t('Kiến nghị theo chủ đề')}
        headers={[
          t('Chủ đề'),
          t('Kiến nghị'),
          t('Sáng kiến'),
          t('Thông điệp'),
          t(RESPONSE_LABEL.implemented),
          t(RESPONSE_LABEL['in-progress']),
          t(RESPONSE_LABEL['not-possible']),
          t('Tổng số'),
        ]}
        rows={[...themes, total].map((theme, index) => ({
          key: theme.themeCode || 'total',
          total: !theme.themeCode,
          cells: [
            theme.themeCode ? `${index + 1}. ${theme.title}` : t('Tổng cộng'),
            theme.byKind.recommendation,
            theme.byKind.initiative,
            theme.byKind.message,
            theme.byStatus.implemented,
            theme.byStatus['in-progress'],
            theme.byStatus['not-possible'],
            theme.total,
          ],
        }))}
      />
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
        <FigureTable
          label={t('Người tham gia tập huấn')}
          headers={[t('Đối tượng'), t('Tổng số'), t('Nữ'), t('Nam'), t('Có mặt')]}
          rows={roles.map((role) => ({
            key: role,
            cells: [
              t(ATTENDEE_ROLE_LABEL[role]),
              trainings.byRole[role].total,
              trainings.byRole[role].byGender.female,
              trainings.byRole[role].byGender.male,
              trainings.byRole[role].present,
            ],
          }))}
        />
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
    <FigureTable
      label={t('Kết quả giải quyết kiến nghị các năm trước')}
      headers={[
        t('Năm'),
        t(RESPONSE_LABEL.implemented),
        t(RESPONSE_LABEL['in-progress']),
        t(RESPONSE_LABEL['not-possible']),
        t(RESPONSE_LABEL.pending),
        t('Tổng số'),
      ]}
      rows={[...years, total].map((row) => ({
        key: row.year,
        total: !row.year,
        cells: [
          row.year || t('Tổng cộng'),
          row.byStatus.implemented,
          row.byStatus['in-progress'],
          row.byStatus['not-possible'],
          row.byStatus.pending,
          row.total,
        ],
      }))}
    />
  );
}

export function CompareTable({ rows, years }: { rows: CompareRow[]; years: [number, number] }) {
  const t = useT();
  return (
    <FigureTable
      label={t('So sánh hai năm')}
      headers={[t('Chỉ tiêu'), years[0], years[1], t('Tăng, giảm')]}
      rows={rows.map(({ label, values: [a, b] }) => ({
        key: label,
        cells: [t(label), a, b, b - a > 0 ? `+${b - a}` : b - a],
      }))}
    />
  );
}

/** One table of the year's figures in a card of its own, under its title. */
export function FigureCard({
  title,
  Table,
  figures,
}: {
  title: string;
  Table: (props: { figures: ReportFigures }) => ReactNode;
  figures: ReportFigures;
}) {
  return (
    <div className="card">
      <h2>{title}</h2>
      <Table figures={figures} />
    </div>
  );
}
