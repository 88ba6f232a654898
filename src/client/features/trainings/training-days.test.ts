import { describe, expect, it } from 'vitest';
import { attendanceId, trainingDays } from './training-days.ts';

describe('trainingDays', () => {
  it('lists every day of a course across a month end', () => {
    expect(trainingDays('2023-05-30', '2023-06-02')).toEqual([
      '2023-05-30',
      '2023-05-31',
      '2023-06-01',
      '2023-06-02',
    ]);
  });
  it('is the one day of a one-day training, or of one whose end is before its start', () => {
    expect(trainingDays('2023-05-30', null)).toEqual(['2023-05-30']);
    expect(trainingDays('2023-05-30', '2023-05-01')).toEqual(['2023-05-30']);
  });
  it('caps a long course at two weeks', () => {
    expect(trainingDays('2023-01-01', '2023-12-31')).toHaveLength(14);
  });
  it('gives the same attendance id for the same person and day on any device', () => {
    expect(attendanceId('a1', '2023-05-30')).toBe('a1:2023-05-30');
  });
});
