// Renders a report model as a .docx in the Vietnamese administrative format (Decree 30/2020/NĐ-CP):
// A4, margins 20/20/30/15 mm, Times New Roman 13–14 pt; a header of two columns (issuing body and
// number on the left, Quốc hiệu and Tiêu ngữ with the place and date on the right); the title; the
// sections; then «Nơi nhận» on the left and the signature block on the right. The `docx` library
// is loaded only when a report is made.
import type { Block, ReportModel } from './report-types.ts';

// `bold` and `italics` are docx run options, not the deprecated String.prototype methods the rule mistakes them for.
/* eslint-disable @typescript-eslint/no-deprecated */
type Docx = typeof import('docx');

const FONT = 'Times New Roman';
/** Millimetres to twips, rounded as Word does (A4 is 11906 × 16838). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const BODY = 28; // half-points: 14 pt
const SMALL = 26; // 13 pt

function noBorders(docx: Docx) {
  const none = { style: docx.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return {
    top: none,
    bottom: none,
    left: none,
    right: none,
    insideHorizontal: none,
    insideVertical: none,
  };
}

function line(
  docx: Docx,
  text: string,
  options: {
    bold?: boolean;
    italics?: boolean;
    size?: number;
    underline?: boolean;
    align?: 'center' | 'left' | 'both';
  } = {},
) {
  return new docx.Paragraph({
    alignment:
      options.align === 'left'
        ? docx.AlignmentType.LEFT
        : options.align === 'both'
          ? docx.AlignmentType.JUSTIFIED
          : docx.AlignmentType.CENTER,
    spacing: { after: 0, line: 276 },
    children: [
      new docx.TextRun({
        text,
        font: FONT,
        size: options.size ?? SMALL,
        bold: options.bold ?? false,
        italics: options.italics ?? false,
        ...(options.underline ? { underline: {} } : {}),
      }),
    ],
  });
}

function cell(docx: Docx, children: InstanceType<Docx['Paragraph']>[], widthPercent: number) {
  return new docx.TableCell({
    width: { size: widthPercent, type: docx.WidthType.PERCENTAGE },
    children,
  });
}

/** A borderless full-width row of two columns: how the letterhead and the signature are laid out. */
function twoColumns(
  docx: Docx,
  left: InstanceType<Docx['Paragraph']>[],
  leftPercent: number,
  right: InstanceType<Docx['Paragraph']>[],
) {
  return new docx.Table({
    width: { size: 100, type: docx.WidthType.PERCENTAGE },
    borders: noBorders(docx),
    rows: [
      new docx.TableRow({
        children: [cell(docx, left, leftPercent), cell(docx, right, 100 - leftPercent)],
      }),
    ],
  });
}

function header(docx: Docx, model: ReportModel) {
  return twoColumns(
    docx,
    [
      line(docx, model.parentBody, { size: 24 }),
      line(docx, model.issuingBody, { bold: true, underline: true, size: 24 }),
      line(docx, ''),
      line(docx, model.number),
    ],
    40,
    [
      line(docx, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 24 }),
      line(docx, 'Độc lập - Tự do - Hạnh phúc', {
        bold: true,
        size: BODY,
        underline: true,
      }),
      line(docx, ''),
      line(docx, model.placeAndDate, { italics: true, size: BODY }),
    ],
  );
}

function paragraph(docx: Docx, text: string, bold = false) {
  return new docx.Paragraph({
    alignment: docx.AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 60, after: 60, line: 300 },
    children: [new docx.TextRun({ text, font: FONT, size: BODY, bold })],
  });
}

function table(docx: Docx, block: Extract<Block, { kind: 'table' }>) {
  const row = (cells: (string | number)[], bold: boolean) =>
    new docx.TableRow({
      tableHeader: bold,
      children: cells.map(
        (value, index) =>
          new docx.TableCell({
            // The first column holds names and themes: it gets the room.
            width: {
              size: index === 0 ? 40 : 60 / Math.max(cells.length - 1, 1),
              type: docx.WidthType.PERCENTAGE,
            },
            children: [
              new docx.Paragraph({
                alignment: index === 0 ? docx.AlignmentType.LEFT : docx.AlignmentType.CENTER,
                children: [
                  new docx.TextRun({ text: String(value), font: FONT, size: SMALL, bold }),
                ],
              }),
            ],
          }),
      ),
    });
  return new docx.Table({
    width: { size: 100, type: docx.WidthType.PERCENTAGE },
    rows: [
      row(block.header, true),
      ...block.rows.map((cells) => row(cells, false)),
      ...(block.totals ? [row(block.totals, true)] : []),
    ],
  });
}

function blocks(docx: Docx, items: Block[]) {
  return items.flatMap((block) => {
    if (block.kind === 'paragraph') return [paragraph(docx, block.text)];
    if (block.kind === 'list') return block.items.map((item) => paragraph(docx, `- ${item}`));
    return [table(docx, block), line(docx, '')];
  });
}

function signature(docx: Docx, model: ReportModel) {
  return twoColumns(
    docx,
    [
      line(docx, 'Nơi nhận:', { bold: true, italics: true, size: 24, align: 'left' }),
      ...model.recipients.map((recipient) =>
        line(docx, `- ${recipient}`, { size: 22, align: 'left' }),
      ),
    ],
    50,
    [
      line(docx, model.signerTitle, { bold: true, size: BODY }),
      line(docx, '(Ký, ghi rõ họ tên, đóng dấu)', { italics: true, size: 24 }),
      line(docx, ''),
      line(docx, ''),
      line(docx, ''),
      line(docx, model.signerName, { bold: true, size: BODY }),
    ],
  );
}

/** The report as the bytes of a .docx file. */
export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
  const docx = await import('docx');
  const document = new docx.Document({
    creator: 'Diễn đàn trẻ em Kon Tum',
    title: `${model.title} ${model.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children: [
          header(docx, model),
          line(docx, ''),
          line(docx, model.title, { bold: true, size: BODY }),
          line(docx, model.subtitle, { bold: true, size: BODY }),
          line(docx, '________', { size: BODY }),
          ...model.sections.flatMap((section) => [
            paragraph(docx, section.heading, true),
            ...blocks(docx, section.blocks),
          ]),
          line(docx, ''),
          signature(docx, model),
        ],
      },
    ],
  });
  return docx.Packer.pack(document, 'uint8array');
}
