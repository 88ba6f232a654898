import { describe, expect, it } from 'vitest';
import { dueEnd, dueLabel, isOverdue } from './activity-due.ts';

describe('activity due dates', () => {
  it('ends a month on its last day (leap years too), a quarter on its third month’s', () => {
    const periods = ['2024-02', '2023-02', '2024-12', '2024-Q1', '2024-Q4'];
    expect(periods.map((due) => dueEnd(due))).toEqual([
      '2024-02-29',
      '2023-02-28',
      '2024-12-31',
      '2024-03-31',
      '2024-12-31',
    ]);
  });
  it('never makes ongoing work overdue', () => {
    expect(dueEnd('ongoing')).toBeNull();
    expect(isOverdue({ due: 'ongoing', status: 'not-started' }, '2030-01-01')).toBe(false);
  });
  it('is overdue the day after the period ends, unless done', () => {
    expect(isOverdue({ due: '2024-Q2', status: 'in-progress' }, '2024-06-30')).toBe(false);
    expect(isOverdue({ due: '2024-Q2', status: 'in-progress' }, '2024-07-01')).toBe(true);
    expect(isOverdue({ due: '2024-Q2', status: 'done' }, '2024-07-01')).toBe(false);
  });
  it('says the period as Vietnamese offices write it', () => {
    expect(dueLabel('2024-02')).toBe('Tháng 2/2024');
    expect(dueLabel('2024-Q4')).toBe('Quý IV/2024');
    expect(dueLabel('ongoing')).toBe('Thường xuyên');
  });
});

describe('days and half-years', () => {
  it('is overdue after the day, or after the half-year', () => {
    expect(dueEnd('2024-03-15')).toBe('2024-03-15');
    expect(dueEnd('2024-H1')).toBe('2024-06-30');
    expect(dueEnd('2024-H2')).toBe('2024-12-31');
    expect(dueLabel('2024-H2')).toBe('6 tháng cuối năm 2024');
    expect(dueLabel('2024-03-15')).toBe('15/03/2024');
  });
});
