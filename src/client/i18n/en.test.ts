// Every Vietnamese string the screens pass to t() has an English entry with the same placeholders,
// so switching to English never leaves a screen half translated.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from './en.ts';
import * as labels from './labels.ts';
import { PLACES } from '../app/navigation.ts';
import { translate } from './locale.ts';
import { forumWarnings } from '../../shared/schemas/forum.ts';
import { forumData } from '../../shared/testing/fixtures.ts';

const CLIENT = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function literalKeys(): string[] {
  const keys = new Set<string>();
  for (const file of sources(CLIENT)) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) keys.add(match[1] ?? '');
  }
  return [...keys];
}

/** Label maps whose values are shown through t(). */
const LABEL_MAPS = Object.values(labels).filter(
  (value): value is Record<string, string> => typeof value === 'object',
);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('English catalogue', () => {
  const keys = [
    ...literalKeys(),
    ...LABEL_MAPS.flatMap((map) => Object.values(map)),
    ...PLACES.map((place) => place.label),
    // Every warning a forum form can show.
    ...forumWarnings(
      { ...forumData('x'), childrenTotal: 1, girls: 5, boys: 5, poorHouseholds: 3 },
      10,
    ).map((warning) => warning.message),
  ];

  it('finds the strings it checks (the scan itself works)', () => {
    expect(keys.length).toBeGreaterThan(150);
    expect(keys).toContain('Thêm người tham gia');
  });

  it('translates every string the screens show', () => {
    const missing = [...new Set(keys)].filter((key) => EN[key] === undefined);
    expect(missing).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const mismatched = Object.entries(EN).filter(
      ([vi, en]) => placeholders(vi).join() !== placeholders(en).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('fills placeholders, and falls back to Vietnamese for a string it lacks', () => {
    expect(translate('{n} chưa gửi', { n: 3 }, 'en', EN)).toBe('3 not sent');
    expect(translate('{n} chưa gửi', { n: 3 }, 'vi', EN)).toBe('3 chưa gửi');
    expect(translate('Chuỗi chưa dịch', undefined, 'en', EN)).toBe('Chuỗi chưa dịch');
  });

  it('translates messages from the schemas that carry a number', () => {
    expect(translate('Tối đa 500 ký tự', undefined, 'en', EN)).toBe('At most 500 characters');
    expect(translate('Mật khẩu cần ít nhất 10 ký tự', undefined, 'en', EN)).toBe(
      'The password needs at least 10 characters',
    );
    expect(translate('Tối đa 500 ký tự', undefined, 'vi', EN)).toBe('Tối đa 500 ký tự');
  });
});
