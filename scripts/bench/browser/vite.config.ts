// Builds the device-side benchmark page (scripts/bench/browser) on its own, without the PWA.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../.tmp/bench-browser', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
