import { lazy, type ComponentType } from 'react';

/**
 * A screen loaded on first use, by its named export. `load` stays a literal `import()` at each call,
 * so the bundler still gives every screen a chunk of its own.
 */
export function lazyScreen<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
