import { describe, expect, it } from 'vitest';
import { columnsOf } from './read-table.ts';

describe('columnsOf', () => {
  const names = [
    ['noi dung tra loi', 'answer'],
    ['noi dung', 'text'],
    ['nam', 'year'],
  ] as const;

  it('finds headings by their folded beginning, trying the names in order', () => {
    const columns = columnsOf(['Năm', 'NỘI DUNG TRẢ LỜI', 'Nội dung kiến nghị (tóm tắt)'], names);
    expect(Object.fromEntries(columns)).toEqual({ year: 0, answer: 1, text: 2 });
  });

  it('reads the leftmost heading of a column and leaves out blank and unknown ones', () => {
    const columns = columnsOf([null, 'Ghi chú', 'Nội dung', 'Nội dung khác', ''], names);
    expect(Object.fromEntries(columns)).toEqual({ text: 2 });
  });
});
