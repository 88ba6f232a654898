import { benchLoad } from '../load.ts';
import { budget, figures, log } from '../report.ts';
import { benchServerSync } from '../server-sync.ts';

// 6. Server ingest and pull on both databases, against a bare multi-row INSERT.
export async function serverFigures() {
  const rows = [];
  for (const kind of ['pglite', 'postgres'] as const)
    rows.push(await benchServerSync(kind, 10_000));
  figures['server'] = rows;
  for (const row of rows) {
    budget(`server ingest ${row.db} / bare INSERT`, row.ingestRatio, '×', 'min', 0.3);
  }
  const bytes = rows[0]?.pushBytesPerMutation ?? 0;
  budget('bytes on the wire per pushed mutation (gzip, batches of 100)', bytes, 'B', 'max', 150);
}

// 7. Many devices at once: 1,000 simulated phones on their own connections push batches of 5 about
// every 15 s and pull now and then, while a district opens the app and a monitor asks for health.
export async function loadFigures() {
  const load = await benchLoad({
    db: 'postgres',
    devices: 1000,
    seconds: 60,
    thinkMs: 15_000,
    batch: 5,
  });
  figures['load'] = load;
  log(
    `  ${load.pushesPerSecond} pushes/s (${load.mutationsPerSecond} changes/s); push p50 ${load.push.p50} ms; ${load.acknowledged} acknowledged, ${load.onServer} on the server; server peak ${load.serverPeakRssMb} MB, ${load.serverCpuSeconds} s CPU`,
  );
  budget('load, 1,000 devices on PostgreSQL: push p95', load.push.p95, 'ms', 'max', 500);
  budget('load: a district’s first pull p95', load.districtPull.p95, 'ms', 'max', 100);
  budget('load: health p95', load.health.p95, 'ms', 'max', 100);
  budget('load: device pull p95', load.devicePull.p95, 'ms', 'max', 500);
  budget('load: errors', load.errors, '', 'max', 0);
  budget(
    'load: acknowledged changes missing on the server',
    load.acknowledged - load.onServer,
    '',
    'max',
    0,
  );
  budget('load: records created twice', load.createdTwice, '', 'max', 0);
  budget('load: server peak memory (PostgreSQL)', load.serverPeakRssMb, 'MB', 'max', 250);
}
