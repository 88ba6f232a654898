// Screens load on first use: the first visit over 3G downloads the shell and the home screen only.
// All of them are precached by the service worker, so they open offline all the same.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type * as Screens from './screens.ts';

type LazyScreens<S> = {
  readonly [K in keyof S]: S[K] extends ComponentType<infer P>
    ? LazyExoticComponent<ComponentType<P>>
    : never;
};

/** Every page file but the home screen, which the shell holds: a chunk each. */
export const SCREEN_FILES = import.meta.glob([
  '../features/*/*-page.tsx',
  './*-page.tsx',
  '!../features/home/home-page.tsx',
]);

/** The component a page file exports: `ForumFormPage` from `…/forum-form-page.tsx`. */
export function screenName(file: string): string {
  const base = /([^/]+)\.tsx$/.exec(file)?.[1] ?? file;
  return base
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

const isComponent = (value: unknown): value is ComponentType<object> => typeof value === 'function';

function lazyByName(files: Record<string, () => Promise<unknown>>) {
  return Object.fromEntries(
    Object.entries(files).map(([file, load]) => {
      const name = screenName(file);
      const screen = lazy(async () => {
        const module: unknown = await load();
        const component: unknown =
          typeof module === 'object' && module !== null ? Reflect.get(module, name) : undefined;
        if (!isComponent(component)) throw new Error(`${file} exports no screen ${name}`);
        return { default: component };
      });
      return [name, screen];
    }),
  );
}

/**
 * The screens, each typed as `screens.ts` exports it. The one cast: the glob cannot know the
 * modules' types; lazy-screens.test.ts holds each name to the file it is loaded from.
 */
export const screens = lazyByName(SCREEN_FILES) as LazyScreens<typeof Screens>;
