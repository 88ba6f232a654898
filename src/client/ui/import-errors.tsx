// What is wrong in an imported file, line by line. Nothing is imported while any line is wrong, so
// the user fixes the file and chooses it again.
import { useT } from '../i18n/locale.ts';
import { FigureTable } from './figure-table.tsx';

/** Lines shown; a file wrong throughout would otherwise draw thousands of rows on a phone. */
const SHOWN = 200;

export interface ImportError {
  /** Row number as the spreadsheet shows it (the heading is row 1). */
  line: number;
  column: string;
  message: string;
}

export function ImportErrors({ fileName, errors }: { fileName?: string; errors: ImportError[] }) {
  const t = useT();
  return (
    <section aria-label={t('Lỗi trong tệp')} className="import-errors">
      <p className="form__failure" role="alert">
        {fileName
          ? t('{file}: {n} lỗi. Chưa nhập dòng nào; hãy sửa tệp rồi chọn lại.', {
              file: fileName,
              n: errors.length,
            })
          : t('{n} lỗi. Chưa nhập dòng nào; hãy sửa tệp rồi chọn lại.', { n: errors.length })}
      </p>
      <FigureTable
        label={t('Lỗi')}
        headers={[t('Dòng'), t('Cột'), t('Lỗi')]}
        rows={errors.slice(0, SHOWN).map((error, index) => ({
          key: index,
          cells: [error.line, t(error.column), t(error.message)],
        }))}
      />
    </section>
  );
}
