// Writes a district report for Ia H'Drai from sample data to FILE (default .tmp/sample-report.docx),
// to look at it in Word or LibreOffice. docs/screenshots/district-report.png was rendered from it:
//   npm run sample-report && soffice --headless --convert-to pdf --outdir .tmp .tmp/sample-report.docx
//   pdftoppm -png -r 70 -f 1 -l 1 .tmp/sample-report.pdf docs/screenshots/district-report
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { reportFigures } from '../src/client/features/reports/figures.ts';
import { reportDocx } from '../src/client/features/reports/report-docx.ts';
import { districtReportModel } from '../src/client/features/reports/report-model.ts';
import type { Forum } from '../src/shared/schemas/forum.ts';
import type { Plan } from '../src/shared/schemas/plan.ts';
import type { Recommendation } from '../src/shared/schemas/recommendation.ts';
import { forumData } from '../src/shared/testing/fixtures.ts';
import { benchRecommendations } from './bench/data.ts';

const file = process.argv[2] ?? '.tmp/sample-report.docx';
const plan = JSON.parse(await readFile('src/server/db/seed-data/plan-2023.json', 'utf8')) as Plan;
const units = [
  { id: 'ia-h-drai/ia-dom', name: 'Xã Ia Dom' },
  { id: 'ia-h-drai/ia-dal', name: 'Xã Ia Đal' },
  { id: 'ia-h-drai/ia-toi', name: 'Xã Ia Tơi' },
  { id: 'ia-h-drai', name: "Huyện Ia H'Drai" },
];
const forums = [
  forumData('ia-h-drai/ia-dom', { childrenTotal: 34, girls: 18, boys: 16, ethnicMinority: 29 }),
  forumData('ia-h-drai/ia-dal', { childrenTotal: 31, girls: 15, boys: 16, ethnicMinority: 22 }),
  forumData('ia-h-drai/ia-toi', {
    status: 'planned',
    childrenTotal: 0,
    girls: 0,
    boys: 0,
    ethnicMinority: 0,
    specialCircumstances: 0,
    withDisabilities: 0,
    poorHouseholds: 0,
    adults: 0,
  }),
  forumData('ia-h-drai', {
    level: 'district',
    date: '2023-06-21',
    status: 'reported',
    childrenTotal: 62,
    girls: 33,
    boys: 29,
    ethnicMinority: 41,
  }),
] as Forum[];
const said = benchRecommendations(14) as Recommendation[];
const STATUSES = ['implemented', 'in-progress', 'not-possible'] as const;
const earlier = (benchRecommendations(6, 7) as Recommendation[]).map(
  (r, index): Recommendation => ({
    ...r,
    year: 2022,
    responseStatus: STATUSES[index % 3] ?? 'pending',
    responseCause: index % 3 === 2 ? 'Chưa bố trí được kinh phí' : '',
    responseSolution: index % 3 === 2 ? 'Đưa vào kế hoạch năm 2024' : '',
  }),
);
const figures = reportFigures({ forums, recommendations: said, units, plan, today: '2023-07-10' });
const model = districtReportModel({
  districtName: "Huyện Ia H'Drai",
  placeName: "Ia H'Drai",
  year: 2023,
  date: new Date(2023, 6, 10),
  figures,
  recommendations: said,
  earlier,
});
await mkdir(dirname(file), { recursive: true });
await writeFile(file, await reportDocx(model));
console.log(`wrote ${file}`);
