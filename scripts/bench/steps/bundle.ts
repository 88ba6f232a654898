import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budget, figures, log } from '../report.ts';

// 1. Bundle: what the first visit downloads before the app runs (the entry, then the app it imports
// once the shell has painted, the stages that app imports one after the other, and everything those
// import statically), and everything precached.
interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
function firstLoadFiles(): string[] {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in dist/.vite/manifest.json`);
    if (files.has(`/${chunk.file}`)) return;
    files.add(`/${chunk.file}`);
    chunk.imports?.forEach(visit);
  };
  visit('index.html');
  if (!manifest['index.html']?.dynamicImports?.includes('src/client/start.tsx'))
    throw new Error('the entry no longer imports src/client/start.tsx: update firstLoadFiles');
  visit('src/client/start.tsx');
  // start.tsx evaluates the app in stages, each a dynamic import.
  manifest['src/client/start.tsx']?.dynamicImports?.forEach(visit);
  return [...files];
}

export function bundleFigures() {
  const initial = firstLoadFiles();
  const sw = readFileSync('dist/sw.js', 'utf8');
  const precached = [
    ...new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? '')),
  ];
  const gzipKb = (files: string[]) =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(join('dist', file))).length, 0) / 1024;
  const precachedJs = precached.filter((file) => file.endsWith('.js'));
  const initialKb = gzipKb([...new Set(initial)]);
  const precacheJsKb = gzipKb(precachedJs);
  const precacheAllKb = gzipKb(precached);
  figures['bundle'] = {
    initialJsFiles: initial,
    initialJsGzipKb: initialKb,
    precachedJsGzipKb: precacheJsKb,
    precachedAllGzipKb: precacheAllKb,
    precachedFiles: precached.length,
  };
  budget('initial-route JS (gzip)', initialKb, 'kB', 'max', 120);
  budget('all precached JS (gzip)', precacheJsKb, 'kB', 'max', 250);
  log(`precache, all files: ${precacheAllKb.toFixed(1)} kB gzip in ${precached.length} files`);
}
