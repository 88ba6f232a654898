import { describe, expect, it } from 'vitest';
import { SCREEN_FILES, screenName } from './lazy-screens.ts';
import barrel from './screens.ts?raw';

const listed = [...barrel.matchAll(/^export \{ (\w+) \} from '([^']+)';$/gm)].map(
  ([, name, file]) => ({ name, file }),
);

describe('lazily loaded screens', () => {
  it('names the component a page file exports after the file', () => {
    expect(screenName('../features/forums/forum-form-page.tsx')).toBe('ForumFormPage');
    expect(screenName('./more-page.tsx')).toBe('MorePage');
  });

  it('loads each screen the routes are typed with from the file screens.ts takes it from', () => {
    expect(listed.length).toBeGreaterThan(20);
    for (const { name, file } of listed) {
      expect(Object.keys(SCREEN_FILES), `${name} is loaded from ${file}`).toContain(file);
      expect(screenName(file ?? '')).toBe(name);
    }
  });

  it('types every page file it loads', () => {
    expect(Object.keys(SCREEN_FILES).sort()).toEqual(listed.map(({ file }) => file).sort());
  });
});
