// The language of the screens. Vietnamese is the source: every string is written in Vietnamese in
// the code and looked up in the English catalogue only when a user switches to English, so the
// catalogue is a separate chunk that Vietnamese phones never download.
import { useSyncExternalStore } from 'react';

export type Locale = 'vi' | 'en';
type Catalogue = Readonly<Record<string, string>>;

const STORAGE_KEY = 'ddte:locale';
let locale: Locale = readStored();
let catalogue: Catalogue | null = null;
const listeners = new Set<() => void>();

function readStored(): Locale {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) === 'en'
      ? 'en'
      : 'vi';
  } catch {
    return 'vi';
  }
}

function notify() {
  listeners.forEach((listener) => listener());
}

async function loadCatalogue(): Promise<void> {
  if (catalogue) return;
  catalogue = (await import('./en.ts')).EN;
  notify();
}

export const localeStore = {
  get: () => locale,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set: async (next: Locale) => {
    locale = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage full: the choice holds until the app closes.
    }
    document.documentElement.lang = next;
    // Show the choice at once; the English strings follow as soon as their chunk is loaded.
    notify();
    if (next === 'en') await loadCatalogue();
  },
  /** Loads the catalogue at start when the user chose English last time. */
  init: async () => {
    document.documentElement.lang = locale;
    if (locale === 'en') await loadCatalogue();
  },
};

/** Translates a Vietnamese string; `{name}` placeholders are filled from `values`. */
export function translate(
  text: string,
  values?: Record<string, string | number>,
  current: Locale = locale,
  english: Catalogue | null = catalogue,
): string {
  if (current === 'en' && english && english[text] === undefined && !values) {
    // Messages built with one number (`Tối đa 500 ký tự`, from the shared schemas) are catalogued
    // with `{n}` in its place.
    const number = /\d+/.exec(text);
    const general =
      number && text.match(/\d+/g)?.length === 1 ? english[text.replace(/\d+/, '{n}')] : undefined;
    if (general !== undefined && number) return general.replace('{n}', number[0]);
  }
  const template = current === 'en' ? (english?.[text] ?? text) : text;
  return values
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))
    : template;
}

export type Translate = (text: string, values?: Record<string, string | number>) => string;

/** The current language's `t`, re-rendering the screen when the language changes. */
export function useT(): Translate {
  const current = useSyncExternalStore(localeStore.subscribe, localeStore.get);
  const loaded = useSyncExternalStore(localeStore.subscribe, () => catalogue);
  return (text, values) => translate(text, values, current, loaded);
}

export function useLocale(): Locale {
  return useSyncExternalStore(localeStore.subscribe, localeStore.get);
}
