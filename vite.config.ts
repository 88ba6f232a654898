/// <reference types="vitest/config" />
import { posix } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { manifest } from './src/client/pwa/manifest.ts';

const serverTests = [
  'src/server/**/*.db.test.ts',
  'tests/sync/**/*.test.ts',
  'tests/security/**/*.test.ts',
  'tests/process/**/*.test.ts',
  'tests/chaos/**/*.test.ts',
];

/**
 * The first screen paints from index.html alone (docs/decisions/0005-what-loads-first.md): the
 * entry's stylesheet is inlined, so the shell needs no second request, and src/client/main.tsx
 * fetches and evaluates the app (start.tsx) only after that paint.
 */
function inlineEntryStyles(): Plugin {
  return {
    name: 'ddte-inline-entry-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return html;
        return [...(entry.viteMetadata?.importedCss ?? [])].reduce((page, fileName) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') throw new Error(`stylesheet ${fileName} is missing`);
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${fileName}"[^>]*>`);
          if (!link.test(page)) throw new Error(`no link to ${fileName} in index.html`);
          // The file stays: lazy chunks that share the entry's modules name it as a dependency, and
          // Vite's loader adds a stylesheet it does not find as a <link>, which would apply the whole
          // sheet a second time (Lighthouse: an 80 ms style task and 0.1 s of appendChild at 4× CPU).
          // A disabled link is not fetched, and tells the loader the sheet is already here.
          return page.replace(
            link,
            () =>
              `<style>${String(asset.source)}</style><link rel="stylesheet" href="/${fileName}" disabled>`,
          );
        }, html);
      },
    },
  };
}

/** start.tsx's stages (docs/decisions/0005): the modules each one imports. */
const STAGES = [
  [
    'src/client/start.tsx',
    'src/client/runtime.ts',
    'src/client/session/store.ts',
    'src/client/session/other-tabs.ts',
  ],
  ['src/client/app/render.tsx', 'src/client/i18n/locale.ts'],
];
// The minifier may write the string with any of the three quotes.
const LATER_STAGE_PLACEHOLDER = /(["'`])__LATER_STAGE_CHUNKS__\1/;

/**
 * start.tsx imports the app in stages, each when the one before has run, so a first visit would
 * request the second stage's chunks one round trip after the first's. start.tsx asks the browser to
 * fetch them (a prefetch: downloaded, not evaluated) as the first stage begins; their file names are
 * known once the bundle is made, and are written here into start.tsx's chunk in place of its
 * placeholder. Only the chunks the first stage does not load itself: a chunk requested twice at once
 * would download twice.
 */
function laterStageChunks(): Plugin {
  return {
    name: 'ddte-later-stage-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(
        (item): item is Rollup.OutputChunk => item.type === 'chunk',
      );
      const chunkOf = (module: string) =>
        chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(module)));
      // The service worker's own build passes here too: it has no stages.
      const start = chunkOf('src/client/start.tsx');
      if (!start) return;
      const closure = (modules: string[]) => {
        const files = new Set<string>();
        const add = (chunk: Rollup.OutputChunk) => {
          if (files.has(chunk.fileName)) return;
          files.add(chunk.fileName);
          for (const name of chunk.imports) {
            const imported = bundle[name];
            if (imported?.type === 'chunk') add(imported);
          }
        };
        for (const module of modules) {
          const chunk = chunkOf(module);
          if (!chunk) throw new Error(`no chunk for ${module}`);
          add(chunk);
        }
        return files;
      };
      const [first = [], second = []] = STAGES;
      const loaded = closure(first);
      const later = closure(second);
      // STAGES names what start.tsx imports: an import it does not name would go unprefetched.
      const unnamed = start.dynamicImports.filter((file) => !loaded.has(file) && !later.has(file));
      if (unnamed.length > 0)
        throw new Error(`start.tsx imports ${unnamed.join(', ')}: name it in STAGES`);
      if (!LATER_STAGE_PLACEHOLDER.test(start.code))
        throw new Error('start.tsx has lost its __LATER_STAGE_CHUNKS__ placeholder');
      // Relative to start.tsx's chunk, as its own imports are: start.tsx resolves them.
      start.code = start.code.replace(LATER_STAGE_PLACEHOLDER, () =>
        [...later]
          .filter((file) => !loaded.has(file))
          .map((file) => JSON.stringify(`./${posix.relative(posix.dirname(start.fileName), file)}`))
          .join(','),
      );
    },
  };
}

export default defineConfig({
  root: '.',
  publicDir: 'public',
  // Preact in React's place (docs/decisions/0011-preact.md): the same components and libraries, a
  // fifth of the script a cheap phone evaluates before the first screen answers.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: 'dist',
    // dist/.vite/manifest.json: the chunk graph, read by `npm run bench` to size the first load.
    manifest: true,
    modulePreload: false,
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // The office libraries (reports, spreadsheets, charts) get recognisable names so the
        // service worker can leave them out of the phone's precache (docs/decisions/0006).
        manualChunks(id: string) {
          // Styles stay with the screen that imports them (a CSS module in an office chunk would make
          // the screen depend on that chunk).
          if (id.endsWith('.css')) return undefined;
          return /node_modules\/(docx|read-excel-file|chartist|papaparse|fflate)\//.test(id)
            ? `office-${/node_modules\/([^/]+)\//.exec(id)?.[1] ?? 'lib'}`
            : undefined;
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${process.env['PORT'] ?? '8080'}` },
  },
  plugins: [
    react(),
    inlineEntryStyles(),
    laterStageChunks(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/client/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // Made for office work: cached on first use, and warmed for district and province staff
        // after sign-in (src/client/pwa/warm-office.ts), instead of weighing on every phone.
        globIgnores: ['**/office-*.js', '**/export.worker-*.js'],
      },
      devOptions: { enabled: false },
    }),
  ],
  test: {
    // Two cores: unit and embedded-database files two at a time (each file has its own PGlite, so
    // they share nothing); then the PostgreSQL files one at a time, since transaction ids and
    // snapshots are the whole cluster's (docs/decisions/0007-feed-in-transaction-order.md).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: serverTests,
          setupFiles: ['fake-indexeddb/auto'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'server-pglite',
          sequence: { groupOrder: 0 },
          include: serverTests,
          env: { TEST_DB: 'pglite' },
          globalSetup: ['src/server/testing/global-setup.ts'],
          setupFiles: ['fake-indexeddb/auto'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server-postgres',
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          include: ['src/server/**/*.db.test.ts', 'tests/security/**/*.test.ts'],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['src/server/testing/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
