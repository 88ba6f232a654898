// The shape of a report document: what report-model.ts builds and the .docx and print view render.
import type { ReportFigures } from '../../../shared/reports/report-figures.ts';
import type { Letterhead } from '../../../shared/schemas/letterhead.ts';
import type { UnitLevel } from '../../../shared/schemas/unit.ts';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: (string | number)[][]; totals?: (string | number)[] }
  | { kind: 'list'; items: string[] };

export interface Section {
  heading: string;
  blocks: Block[];
}

export interface ReportModel {
  /** Cơ quan, tổ chức chủ quản (the body above the issuer), in capitals. */
  parentBody: string;
  /** Tên cơ quan, tổ chức ban hành văn bản, in capitals. */
  issuingBody: string;
  number: string;
  placeAndDate: string;
  title: string;
  subtitle: string;
  sections: Section[];
  recipients: string[];
  signerTitle: string;
  signerName: string;
}

export interface ReportModelInput {
  figures: ReportFigures;
  /** The area's name as the unit tree has it ("Huyện Kon Rẫy"). */
  areaName: string;
  areaLevel: UnitLevel;
  /** The province's name, for the default recipients. */
  provinceName: string;
  letterhead: Letterhead | undefined;
  date: Date;
}
