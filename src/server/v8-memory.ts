// V8 settings for a small server, set before anything else loads (main.ts imports this first).
// Measured with the bench's PGlite server after 20,000 records went in and out
// (docs/decisions/0009-embedded-database-on-a-thread.md, "Memory"):
// - `--liftoff-only`: the embedded database's WebAssembly stays on V8's baseline compiler.
//   Optimizing its hot functions held about 55 MB of compiler memory and code, and pushes and
//   pulls ran no slower without it.
// - `--heap-growing-percent=50`: after a full collection the heap may grow by half of what is live,
//   not by up to four times. The server keeps about 32 MB live; by default garbage piled up to
//   about 150 MB between collections.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--liftoff-only');
setFlagsFromString('--heap-growing-percent=50');
