// How the embedded database is opened, the same by the worker that serves it and by the process
// that creates its data directory. Plain JavaScript, like the worker (pglite-worker.mjs).
export const PGLITE_OPTIONS = {
  // PostgreSQL's shared buffers live in PGlite's WebAssembly memory, which never shrinks: 32 MB
  // instead of 128 MB keeps a small server's memory small, and the data files stay in the
  // operating system's page cache all the same (docs/decisions/0009, "Memory").
  postgresqlconf: ['shared_buffers = 32MB'],
};
