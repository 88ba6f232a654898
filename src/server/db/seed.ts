// First start: the administrative units, the 2023 plan and the 2024 work programme.
import { sql } from 'drizzle-orm';
import type { EntityName } from '../../shared/entities.ts';
import { formatHlc } from '../../shared/hlc.ts';
import { writeRecords, type RecordRow } from '../sync/records-store.ts';
import { nextVersions } from '../sync/versions.ts';
import type { Orm } from './client.ts';
import unitsSeed from './seed-data/kontum-units.json' with { type: 'json' };
import planSeed from './seed-data/plan-2023.json' with { type: 'json' };
import programmeSeed from './seed-data/work-programme-2024.json' with { type: 'json' };

const SERVER_NODE = '0000000000000000';

function seedRecords(): {
  entity: EntityName;
  id: string;
  data: Record<string, unknown>;
  shared: boolean;
}[] {
  const province = unitsSeed.province;
  const units = [
    {
      id: province.code,
      data: { name: province.name, type: province.type, level: 'province', parentCode: null },
    },
    ...unitsSeed.districts.flatMap((district) => [
      {
        id: district.code,
        data: {
          name: district.name,
          type: district.type,
          level: 'district',
          parentCode: province.code,
        },
      },
      ...district.communes.map((commune) => ({
        id: commune.code,
        data: {
          name: commune.name,
          type: commune.type,
          level: 'commune',
          parentCode: district.code,
        },
      })),
    ]),
  ].map((unit) => ({
    entity: 'unit' as const,
    id: unit.id,
    shared: true,
    data: {
      ...unit.data,
      validFrom: null,
      validTo: null,
      successors: [],
      history: [],
      retired: false,
    },
  }));
  const { code: planId, basis: _basis, preparation: _preparation, ...plan } = planSeed;
  const activities = programmeSeed.activities.map((activity) => ({
    entity: 'activity' as const,
    id: `wp-${programmeSeed.year}-${String(activity.no).padStart(2, '0')}`,
    shared: true,
    data: {
      unitCode: province.code,
      year: programmeSeed.year,
      no: activity.no,
      title: activity.title,
      lead: activity.lead,
      partners: activity.partners,
      due: activity.due,
      status: 'not-started',
      progressNote: '',
    },
  }));
  return [
    ...units,
    { entity: 'plan', id: planId, shared: true, data: { unitCode: province.code, ...plan } },
    ...activities,
  ];
}

export async function seedReferenceData(orm: Orm): Promise<number> {
  return orm.transaction(async (tx) => {
    const existing = await tx.execute(sql`SELECT 1 FROM records WHERE entity = 'unit' LIMIT 1`);
    if (existing.rows.length > 0) return 0;
    const seeds = seedRecords();
    const versions = await nextVersions(tx, seeds.length);
    const stamp = formatHlc({ wall: Date.now(), counter: 0, node: SERVER_NODE });
    const rows: RecordRow[] = seeds.map((seed, index) => {
      const version = versions[index] ?? 0;
      const fields = Object.keys(seed.data);
      return {
        entity: seed.entity,
        id: seed.id,
        unitCode: seed.entity === 'unit' ? seed.id : unitsSeed.province.code,
        shared: seed.shared,
        data: seed.data,
        stamps: Object.fromEntries(fields.map((field) => [field, stamp])),
        fieldVersions: Object.fromEntries(fields.map((field) => [field, version])),
        version,
        deleted: false,
      };
    });
    // Only into a database without units: every record is new, written by no account.
    await writeRecords(tx, rows, { authorId: null, submittedBy: null }, new Set());
    return rows.length;
  });
}

export const SEED_PROVINCE = unitsSeed.province.code;
