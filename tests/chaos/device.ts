// A device of the chaos run: the real client sync engine on its own fake-indexeddb database, a
// network it can lose, and the records it made with what each must hold at the end.
import { randomUUID } from 'node:crypto';
import { AppDatabase } from '../../src/client/db/db.ts';
import { createApi } from '../../src/client/sync/api.ts';
import { SyncEngine } from '../../src/client/sync/engine.ts';
import { createAccount } from '../../src/server/testing/http.ts';
import type { EntityName } from '../../src/shared/entity-names.ts';
import { mulberry32 } from '../../scripts/bench/random.ts';

const PASSWORD = 'chaos-password-123';
const DISTRICTS: { district: string; communes: string[] }[] = [
  { district: 'ia-h-drai', communes: ['ia-h-drai/ia-dom', 'ia-h-drai/ia-dal', 'ia-h-drai/ia-toi'] },
  { district: 'dak-ha', communes: ['dak-ha/dak-mar', 'dak-ha/dak-hring'] },
];

/** A record a device created: its final fields as the device expects them, or deleted. */
export interface Created {
  entity: EntityName;
  deleted: boolean;
  fields: Record<string, unknown>;
}

export interface Device {
  name: string;
  scope: Set<string>;
  /** Units this device writes records for. */
  units: string[];
  database: AppDatabase;
  engine: SyncEngine;
  network: { up: boolean };
  /** The records it created: expected final fields, or deleted. */
  created: Map<string, Created>;
  /** Whether it may answer recommendations (district staff). */
  answers: boolean;
  pending: Set<Promise<void>>;
}

/** Device `index` of the run: every fourth is district staff, the others commune collaborators. */
export async function makeDevice(
  serverUrl: string,
  adminToken: string,
  proxyUrl: string,
  seed: number,
  index: number,
): Promise<Device> {
  const group = DISTRICTS[index % DISTRICTS.length] ?? DISTRICTS[0];
  if (!group) throw new Error('no districts');
  // Every fourth device is district staff; the others are commune collaborators.
  const isDistrict = index % 4 === 3;
  const commune = group.communes[Math.floor(index / 2) % group.communes.length] ?? '';
  const unitCode = isDistrict ? group.district : commune;
  const username = `chaos.${seed}.${index}`;
  const { token } = await createAccount(
    serverUrl,
    adminToken,
    { username, role: isDistrict ? 'district' : 'collaborator', unitCode },
    PASSWORD,
  );
  const network = { up: true };
  const database = new AppDatabase(`chaos-${seed}-${index}-${randomUUID()}`);
  const api = createApi({
    baseUrl: proxyUrl,
    getToken: () => token,
    timeoutMs: 20_000,
    fetch: (input, init) =>
      network.up ? fetch(input, init) : Promise.reject(new TypeError('offline')),
  });
  return {
    name: username,
    scope: new Set(isDistrict ? [group.district, ...group.communes] : [commune]),
    units: isDistrict ? [group.district, ...group.communes] : [commune],
    database,
    engine: new SyncEngine({
      database,
      api,
      backoff: { baseMs: 20, maxMs: 400 },
      // Its own source: retry timing must not shift the scenario's sequence of choices.
      random: mulberry32(seed + index),
    }),
    network,
    created: new Map(),
    answers: isDistrict,
    pending: new Set(),
  };
}
