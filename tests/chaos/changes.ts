// What the devices of a chaos run do: create records of every kind a phone makes (a photo's bytes
// included), and change them later, keeping what each record must hold at the end.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { saveRecord } from '../../src/client/db/write.ts';
import { attachFile } from '../../src/client/files/store.ts';
import type { EntityName } from '../../src/shared/entity-names.ts';
import { forumData, recommendationData } from '../../src/shared/testing/fixtures.ts';
import type { Created, Device } from './device.ts';

/** The run's seeded choices. */
export interface Scenario {
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
  seed: number;
}

/** A forum, recommendation, training, attendee, day's attendance or photo, as a phone makes them. */
export async function createSomething(
  { random, pick, seed }: Scenario,
  device: Device,
  step: number,
  own: [string, Created][],
) {
  const id = randomUUID();
  const unit = pick(device.units);
  const level = unit.includes('/') ? 'commune' : 'district';
  const ownOf = (entity: EntityName) => own.filter(([, record]) => record.entity === entity);
  const keep = async (entity: EntityName, fields: Record<string, unknown>) => {
    await saveRecord(device.database, entity, id, fields);
    device.created.set(id, { entity, deleted: false, fields });
  };
  const choice = random();
  const trainings = ownOf('training');
  const attendees = ownOf('attendee');
  const forums = ownOf('forum');
  // One change in ten is a training's: its attendees, then their days' attendance.
  const training = choice >= 0.5 && choice < 0.6;
  if (training && attendees.length > 0 && choice < 0.53) {
    const [attendeeId, attendee] = pick(attendees);
    await keep('attendance', {
      attendeeId,
      trainingId: attendee.fields['trainingId'],
      unitCode: attendee.fields['unitCode'],
      day: '2024-05-10',
      present: random() < 0.8,
    });
  } else if (training && trainings.length > 0 && choice < 0.57) {
    const [trainingId, parent] = pick(trainings);
    await keep('attendee', {
      trainingId,
      unitCode: parent.fields['unitCode'],
      name: `Người tham gia ${seed}-${step}`,
      role: 'adult',
      gender: random() < 0.5 ? 'female' : 'male',
      birthYear: null,
      ethnicity: 'Xơ Đăng',
      guardianConsent: null,
      consentDate: null,
    });
  } else if (training) {
    await keep('training', {
      unitCode: unit,
      date: '2024-05-10',
      endDate: null,
      place: `Nhà văn hóa ${step}`,
      topic: 'Kỹ năng tham gia',
      trainer: 'Cán bộ huyện',
      audiences: ['children'],
    });
  } else if (choice < 0.68 && forums.length > 0) {
    // A photo: its bytes go up in pieces through the same faults, before its record.
    const [forumId, forum] = pick(forums);
    // Up to two pieces: enough to resume mid-file, small enough to keep the short runs short.
    const size = 1_000 + Math.floor(random() * 200_000);
    const bytes = new Uint8Array(size);
    bytes.set(randomBytes(size));
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    const details = {
      unitCode: String(forum.fields['unitCode']),
      parentEntity: 'forum' as const,
      parentId: forumId,
      kind: 'photo' as const,
      fileName: `anh-${step}.jpg`,
      caption: `Ảnh ${step}`,
      showsChildren: random() < 0.5,
      guardianConsent: true,
    };
    await attachFile(device.database, id, details, { bytes, mime: 'image/jpeg' });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    device.created.set(id, {
      entity: 'attachment',
      deleted: false,
      fields: { ...details, sha256, size, mime: 'image/jpeg' },
    });
  } else if (choice < 0.8) {
    await keep('forum', forumData(unit, { level, childrenTotal: 30 + Math.floor(random() * 40) }));
  } else {
    await keep(
      'recommendation',
      recommendationData(unit, { level, text: `Kiến nghị ${seed}-${step}` }),
    );
  }
}

/** A later change: new figures, a new place, an agency's answer, a corrected caption. */
export async function editSomething(
  { random, pick }: Scenario,
  device: Device,
  step: number,
  id: string,
  record: Created,
) {
  const change: Record<string, Record<string, unknown>> = {
    forum: { adults: Math.floor(random() * 20), venue: `Địa điểm ${step}` },
    recommendation: { addressee: `Cơ quan ${step}` },
    training: { place: `Hội trường ${step}` },
    attendee: { ethnicity: pick(['Xơ Đăng', 'Ba Na', 'Giẻ Triêng', 'Kinh']) },
    attendance: { present: !record.fields['present'] },
    attachment: { caption: `Ảnh đã sửa ${step}` },
  };
  if (record.entity === 'recommendation' && device.answers && random() < 0.5) {
    const answer = {
      responseStatus: 'implemented' as const,
      responseText: `Đã giải quyết ${step}`,
      respondedAt: '2024-06-01',
    };
    record.fields = { ...record.fields, ...answer };
    await saveRecord(device.database, 'recommendation', id, answer, {
      mutation: 'recommendation.respond',
    });
    return;
  }
  record.fields = { ...record.fields, ...change[record.entity] };
  await saveRecord(device.database, record.entity, id, record.fields);
}
