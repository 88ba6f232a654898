// The year's recommendations as two charts: by theme and kind, and by theme and answer.
import { useMemo } from 'react';
import type { ReportFigures } from '../../../shared/reports/report-figures.ts';
import { KIND_LABEL, RESPONSE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { StackedBars } from './bar-chart.tsx';

export function ReportCharts({ figures }: { figures: ReportFigures }) {
  const t = useT();
  const themes = figures.recommendations.themes;
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
