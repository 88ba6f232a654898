// Writes Kon Rẫy's 2023 report, from the golden fixture of the report tests, to FILE (default
// .tmp/sample-report.docx), to look at in Word or LibreOffice. docs/screenshots/district-report.png
// was rendered from it:
//   npm run sample-report && soffice --headless --convert-to pdf --outdir .tmp .tmp/sample-report.docx
//   pdftoppm -png -r 70 -f 1 -l 1 .tmp/sample-report.pdf docs/screenshots/district-report
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { reportDocx } from '../src/client/features/reports/report-docx.ts';
import { reportModel } from '../src/client/features/reports/report-model.ts';
import { reportFigures } from '../src/shared/reports/report-figures.ts';
import { konRay2023 } from '../src/shared/testing/report-year.ts';

const file = process.argv[2] ?? '.tmp/sample-report.docx';
const model = reportModel({
  figures: reportFigures(konRay2023()),
  areaName: 'Huyện Kon Rẫy',
  areaLevel: 'district',
  provinceName: 'Tỉnh Kon Tum',
  letterhead: undefined,
  date: new Date(2023, 6, 10),
});
await mkdir(dirname(file), { recursive: true });
await writeFile(file, await reportDocx(model));
console.log(`wrote ${file}`);
