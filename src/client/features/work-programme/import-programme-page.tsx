// A year's work programme from a spreadsheet: read on the device, every row checked and shown
// before anything is saved; nothing is saved while any row is wrong; saving is one transaction.
import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../i18n/locale.ts';
import { useUser } from '../../session/store.ts';
import { dueLabel } from '../../ui/activity-due.ts';
import { LabelledInput } from '../../ui/labelled.tsx';
import { PageIntro } from '../../ui/page-intro.tsx';
import { useFileImport } from '../../ui/use-file-import.ts';
import { readProgramme } from './programme-rows.ts';
import { ImportErrors } from '../../ui/import-errors.tsx';
import { Failure } from '../../ui/failure.tsx';
import { Button } from '../../ui/button.tsx';

export function ImportProgrammePage() {
  const t = useT();
  const user = useUser();
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const { result, failure, choose, confirm } = useFileImport('activity', {
    savedTo: '/work-programme',
    read: (table) => readProgramme(table, { year, unitCode: user.unitCode }),
  });
  const rows = result?.rows ?? [];
  const errors = result?.errors ?? [];

  return (
    <section>
      <PageIntro title={t('Nhập chương trình công tác từ tệp Excel')}>
        {t(
          'Các cột: STT, Nội dung hoạt động, Cơ quan chủ trì, Cơ quan phối hợp (cách nhau bằng dấu ;), Thời hạn, Kết quả.',
        )}
      </PageIntro>
      <div className="row">
        <LabelledInput
          label={t('Năm của chương trình')}
          type="number"
          inputMode="numeric"
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
        />
        <LabelledInput
          label={t('Chọn tệp')}
          type="file"
          accept=".xlsx,.csv"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      <Failure text={failure} />
      {errors.length > 0 && <ImportErrors errors={errors} />}
      {errors.length === 0 && rows.length > 0 && (
        <section className="card" aria-label={t('Xem trước')}>
          <p>{t('{n} hoạt động sẵn sàng để nhập.', { n: rows.length })}</p>
          <ol className="list">
            {rows.map((row) => (
              <li key={row.id} className="list__item">
                <strong>
                  {row.data.no}. {row.data.title}
                </strong>
                <small>
                  {row.data.lead} · {dueLabel(row.data.due, t)}
                </small>
              </li>
            ))}
          </ol>
          <Button primary onClick={() => void confirm()}>
            {t('Nhập {n} hoạt động', { n: rows.length })}
          </Button>
        </section>
      )}
      <Link href="/work-programme">{t('Quay lại chương trình công tác')}</Link>
    </section>
  );
}
