/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { manifest } from './src/client/pwa/manifest.ts';

const serverTests = [
  'src/server/**/*.db.test.ts',
  'tests/sync/**/*.test.ts',
  'tests/process/**/*.test.ts',
  'tests/chaos/**/*.test.ts',
];

/**
 * src/client/main.tsx evaluates the app (start.tsx) only after the first paint. This lists the app's
 * modules in index.html as modulepreload, so the phone downloads them at once, in parallel with the
 * entry, instead of one round trip later.
 */
function preloadApp(): Plugin {
  return {
    name: 'ddte-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return [];
        const app = Object.values(bundle).find(
          (output) =>
            output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/client/start.tsx'),
        );
        if (!app || app.type !== 'chunk') throw new Error('the app chunk (start.tsx) is missing');
        const inHtml = new Set([entry.fileName, ...entry.imports]);
        const files: string[] = [];
        const visit = (fileName: string) => {
          if (inHtml.has(fileName) || files.includes(fileName)) return;
          files.push(fileName);
          const output = bundle[fileName];
          if (output?.type === 'chunk') output.imports.forEach(visit);
        };
        visit(app.fileName);
        return files.map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  root: '.',
  publicDir: 'public',
  build: {
    outDir: 'dist',
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
          return /node_modules\/(docx|write-excel-file|read-excel-file|chartist|papaparse|fflate)\//.test(
            id,
          )
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
    preloadApp(),
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
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
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
          include: ['src/server/**/*.db.test.ts'],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['src/server/testing/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
