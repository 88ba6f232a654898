// Import earlier years' recommendations from .xlsx or .csv: read, preview, and import all rows in
// one transaction only when every row is valid. Errors name the row and column to fix in the file.
import { Link } from 'wouter';
import { KIND_LABEL, RESPONSE_LABEL } from '../../i18n/labels.ts';
import { FigureTable } from '../../ui/figure-table.tsx';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { newestFirst, unitsInScope, usePlans } from '../../ui/use-scope.ts';
import { importRows } from './import-rows.ts';
import { useFileImport } from '../../ui/use-file-import.ts';
import { ImportErrors } from '../../ui/import-errors.tsx';
import { Failure } from '../../ui/failure.tsx';
import { Button } from '../../ui/button.tsx';
import { PageIntro } from '../../ui/page-intro.tsx';

const PREVIEW_ROWS = 20;

export function ImportPage() {
  const t = useT();
  const user = useUser();
  const plans = usePlans();
  const { fileName, result, failure, busy, choose, confirm } = useFileImport('recommendation', {
    savedTo: '/follow-up',
    // Checked against the device's units and plans as they are now, not the screen's live queries:
    // a file chosen before they have answered would be checked against nothing, every row refused.
    read: async (table) => {
      const [allUnits, plansNow] = await Promise.all([db.units.toArray(), newestFirst()]);
      return importRows(table, {
        units: allUnits,
        scope: new Set(unitsInScope(allUnits, user).map((unit) => unit.id)),
        plans: plansNow,
        planIdOf: (year) => plansNow.find((plan) => plan.year === year)?.id ?? null,
      });
    },
  });

  const themes = new Map(plans.flatMap((plan) => plan.themes.map((th) => [th.code, th.title])));
  return (
    <section className="card form">
      <PageIntro title={t('Nhập kiến nghị các năm trước')}>
        {t(
          'Tệp .xlsx hoặc .csv, dòng đầu là tiêu đề: Năm, Đơn vị, Chủ đề, Loại, Nội dung kiến nghị, Cơ quan nhận, Kết quả, Trả lời, Nguyên nhân, Giải pháp.',
        )}
      </PageIntro>
      <label className="field">
        {t('Chọn tệp')}
        <input
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </label>
      {busy && <p role="status">{t('Đang đọc tệp…')}</p>}
      <Failure text={failure} />
      {result && result.errors.length > 0 && (
        <ImportErrors fileName={fileName ?? ''} errors={result.errors} />
      )}
      {result && result.errors.length === 0 && (
        <section aria-label={t('Xem trước')}>
          <p role="status">{t('{n} kiến nghị sẵn sàng để nhập.', { n: result.rows.length })}</p>
          <FigureTable
            label={t('Xem trước')}
            headers={[t('Dòng'), t('Năm'), t('Chủ đề'), t('Loại'), t('Nội dung'), t('Kết quả')]}
            rows={result.rows.slice(0, PREVIEW_ROWS).map((row) => ({
              key: row.id,
              cells: [
                row.line,
                row.data.year,
                themes.get(row.data.themeCode) ?? row.data.themeCode,
                t(KIND_LABEL[row.data.kind]),
                row.data.text,
                t(RESPONSE_LABEL[row.data.responseStatus]),
              ],
            }))}
          />
          <div className="actions">
            <Button primary disabled={busy} onClick={() => void confirm()}>
              {t('Nhập {n} kiến nghị', { n: result.rows.length })}
            </Button>
            <Link href="/follow-up" className="button">
              {t('Hủy')}
            </Link>
          </div>
        </section>
      )}
    </section>
  );
}
