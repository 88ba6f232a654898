// Import earlier years' recommendations from .xlsx or .csv: read, preview, and import all rows in
// one transaction only when every row is valid. Errors name the row and column to fix in the file.
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { saveMany } from '../../db/write.ts';
import { KIND_LABEL, RESPONSE_LABEL } from '../../i18n/labels.ts';
import { FigureTable } from '../../ui/figure-table.tsx';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { newestFirst, unitsInScope, usePlans } from '../../ui/use-scope.ts';
import { importRows, type ImportResult } from './import-rows.ts';
import { readTable, UnreadableFileError } from '../../ui/read-table.ts';
import { ImportErrors } from '../../ui/import-errors.tsx';
import { Failure } from '../../ui/failure.tsx';
import { Button } from '../../ui/button.tsx';
import { PageIntro } from '../../ui/page-intro.tsx';

const PREVIEW_ROWS = 20;

export function ImportPage() {
  const t = useT();
  const user = useUser();
  const plans = usePlans();
  const [, navigate] = useLocation();
  const [fileName, setFileName] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    setResult(null);
    setFailure(null);
    if (!file) return;
    setFileName(file.name);
    setBusy(true);
    try {
      // Read from the device now, not from the screen's live queries: a file chosen before they have
      // answered would be checked against no units and no plans, and every row refused.
      const [table, allUnits, plansNow] = await Promise.all([
        readTable(file),
        db.units.toArray(),
        newestFirst(),
      ]);
      setResult(
        await importRows(table, {
          units: allUnits,
          scope: new Set(unitsInScope(allUnits, user).map((unit) => unit.id)),
          plans: plansNow,
          planIdOf: (year) => plansNow.find((plan) => plan.year === year)?.id ?? null,
        }),
      );
    } catch (error) {
      setFailure(error instanceof UnreadableFileError ? error.message : 'Không đọc được tệp này.');
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!result || result.errors.length > 0) return;
    setBusy(true);
    try {
      await saveMany(
        db,
        'recommendation',
        result.rows.map((row) => ({ id: row.id, values: row.data })),
      );
      navigate('/follow-up');
    } catch {
      setFailure('Chưa nhập được. Dữ liệu trên máy không thay đổi; hãy thử lại.');
      setBusy(false);
    }
  };

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
