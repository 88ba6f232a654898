import readXlsxFile from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, escapeXml, writeXlsx } from './write-xlsx.ts';

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('writeXlsx', () => {
  it('writes what a spreadsheet reads back: texts, numbers and empty cells, on each sheet', async () => {
    const blob = await writeXlsx([
      {
        name: 'Tổng hợp <1> & "2"',
        rows: [
          ['Đơn vị', 'Số kiến nghị', 'Ghi chú'],
          ['Xã Ia Dom', 12, null],
          ['A & B <c> "d"', 0, 'Ghi chú'],
          ['Xã Ia Tơi', 3.5, ''],
        ],
      },
      { name: 'Trống', rows: [['Tiêu đề']] },
    ]);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheets = await readXlsxFile(Buffer.from(await bytesOf(blob)));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Tổng hợp <1> & "2"', 'Trống']);
    expect(sheets[0]?.data).toEqual([
      ['Đơn vị', 'Số kiến nghị', 'Ghi chú'],
      ['Xã Ia Dom', 12, null],
      ['A & B <c> "d"', 0, 'Ghi chú'],
      ['Xã Ia Tơi', 3.5, null],
    ]);
    expect(sheets[1]?.data).toEqual([['Tiêu đề']]);
  });

  it('freezes the heading row and sets it in bold, in Times New Roman 12', async () => {
    const files = unzipSync(await bytesOf(await writeXlsx([{ name: 'A', rows: [['x'], ['y']] }])));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toContain('<c r="A1" s="1" t="s">');
    expect(sheet).toContain('<c r="A2" t="s">');
    const styles = strFromU8(files['xl/styles.xml'] ?? new Uint8Array());
    expect(styles).toContain('<font><b/><sz val="12"/><name val="Times New Roman"/>');
  });

  it('keeps the spaces at a text’s edges', async () => {
    const files = unzipSync(await bytesOf(await writeXlsx([{ name: 'A', rows: [[' lề ']] }])));
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(strings).toContain('<t xml:space="preserve"> lề </t>');
  });

  it('stores a repeated text once', async () => {
    const rows = [['Trạng thái'], ...Array.from({ length: 100 }, () => ['Đang xem xét'])];
    const files = unzipSync(await bytesOf(await writeXlsx([{ name: 'A', rows }])));
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(strings).toContain('count="101" uniqueCount="2"');
  });
});

describe('escapeXml', () => {
  it('escapes markup and leaves out what XML cannot carry', () => {
    expect(escapeXml('a & b < c > "d"')).toBe('a &amp; b &lt; c &gt; &quot;d&quot;');
    expect(escapeXml('bell\u0007 tab\t ok\uFFFF')).toBe('bell tab\t ok');
    // A pasted emoji stays; half of one does not.
    expect(escapeXml('😀')).toBe('😀');
    expect(escapeXml('x\uD83Dy')).toBe('xy');
  });
});

describe('columnName', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
