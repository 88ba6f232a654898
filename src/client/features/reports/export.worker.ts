// Builds a large workbook away from the screen's thread, so tens of thousands of rows never freeze
// the page; it reports how far it has got.
import type { ReportFigures } from '../../../shared/reports/report-figures.ts';
import { recommendationSheets, type SheetRows } from './workbook.ts';
import type { Recommendation } from '../../../shared/schemas/recommendation.ts';
import { writeXlsx } from './write-xlsx.ts';

export interface WorkbookRequest {
  figures: ReportFigures;
  recommendations: Recommendation[];
  unitNames: Record<string, string>;
  /** Sheets already built (forums, participants) to add after the themes. */
  extra: SheetRows[];
}

export type WorkbookMessage =
  | { type: 'progress'; done: number }
  | { type: 'done'; blob: Blob }
  | { type: 'error'; message: string };

const post = (message: WorkbookMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<WorkbookRequest>) => {
  try {
    const { figures, recommendations, unitNames, extra } = event.data;
    const sheets = recommendationSheets(
      figures,
      recommendations,
      (code) => unitNames[code] ?? code,
      (done) => post({ type: 'progress', done: done * 0.8 }),
    );
    post({ type: 'progress', done: 0.8 });
    post({ type: 'done', blob: await writeXlsx([...sheets, ...extra]) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
