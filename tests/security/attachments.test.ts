// Attachments (issue 21 § 4): a file uploads in pieces that resume after a dropped connection and is
// stored exactly once; it is read only by those who may read a record naming it; a photo with
// children, like a child's name, never leaves the child's district.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_CHUNK_BYTES } from '../../src/shared/files/limits.ts';
import { TestDevice } from '../../src/server/testing/device.ts';
import { forumData } from '../../src/shared/testing/fixtures.ts';
import {
  HOME,
  latest,
  pullEverything,
  push,
  startWorld,
  type Actor,
  type World,
} from './attacker.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.server.stop());

/** A JPEG-looking file of `size` random bytes, with its hash. */
function photo(size = UPLOAD_CHUNK_BYTES * 2 + 1000) {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function sendPiece(
  actor: Actor,
  file: { bytes: Buffer; sha256: string },
  offset: number,
  mime = 'image/jpeg',
) {
  const piece = file.bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES);
  return fetch(
    `${world.server.url}/api/files/${file.sha256}?offset=${offset}&size=${file.bytes.length}&mime=${mime}`,
    {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${actor.token}`,
        'content-type': 'application/octet-stream',
      },
      body: new Uint8Array(piece),
    },
  );
}

async function upload(actor: Actor, file: { bytes: Buffer; sha256: string }) {
  for (let offset = 0; offset < file.bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    const response = await sendPiece(actor, file, offset);
    expect(response.status, await response.clone().text()).toBe(200);
  }
}

const status = async (actor: Actor, sha256: string) =>
  (await (
    await world.server.request(`/api/files/${sha256}/status`, { token: actor.token })
  ).json()) as { received: number; complete: boolean };

const download = (actor: Actor, sha256: string) =>
  world.server.request(`/api/files/${sha256}`, { token: actor.token });

/** A forum in a home commune with one attachment naming `file`. */
async function attached(file: { sha256: string; bytes: Buffer }, showsChildren: boolean) {
  const commune = HOME.communes[0] ?? '';
  const phone = new TestDevice();
  const forumId = randomUUID();
  const attachmentId = randomUUID();
  const result = await push(world, world.home.collaborator, phone, [
    phone.upsert('forum', forumId, forumData(commune)),
    phone.upsert('attachment', attachmentId, {
      unitCode: commune,
      parentEntity: 'forum',
      parentId: forumId,
      kind: 'photo',
      fileName: 'dien-dan-xa.jpg',
      mime: 'image/jpeg',
      size: file.bytes.length,
      sha256: file.sha256,
      caption: 'Các em phát biểu ý kiến',
      showsChildren,
      guardianConsent: showsChildren,
    }),
  ]);
  expect(result.rejected).toEqual([]);
  return { attachmentId, forumId };
}

describe('upload in pieces', () => {
  it('resumes after a dropped connection from what the server holds, and stores the file once', async () => {
    const file = photo();
    const collaborator = world.home.collaborator;
    expect((await sendPiece(collaborator, file, 0)).status).toBe(200);
    // The connection dropped after the first piece: the device asks how far the server got.
    expect(await status(collaborator, file.sha256)).toEqual({
      received: UPLOAD_CHUNK_BYTES,
      complete: false,
    });
    // A piece sent again, or one that skips ahead, is refused: bytes never repeat or leave a gap.
    expect((await sendPiece(collaborator, file, 0)).status).toBe(409);
    expect((await sendPiece(collaborator, file, UPLOAD_CHUNK_BYTES * 2)).status).toBe(409);
    for (let offset = UPLOAD_CHUNK_BYTES; offset < file.bytes.length; offset += UPLOAD_CHUNK_BYTES)
      expect((await sendPiece(collaborator, file, offset)).status).toBe(200);
    expect(await status(collaborator, file.sha256)).toEqual({
      received: file.bytes.length,
      complete: true,
    });
    // A second device with the same photo is told it is already there.
    const again = await sendPiece(world.home.district, file, 0);
    expect(await again.json()).toEqual({ received: file.bytes.length, complete: true });
    const stored = await world.server.db.orm.execute<{ count: number; size: number }>(
      sql`SELECT count(*)::int AS count, max(size) AS size FROM files WHERE sha256 = ${file.sha256}`,
    );
    expect(stored.rows[0]).toEqual({ count: 1, size: file.bytes.length });
    await attached(file, false);
    const body = Buffer.from(await (await download(collaborator, file.sha256)).arrayBuffer());
    expect(body.equals(file.bytes)).toBe(true);
  });

  it('refuses bytes that do not match their hash, and takes them again from the start', async () => {
    const file = photo(UPLOAD_CHUNK_BYTES + 10);
    const damaged = { bytes: Buffer.from(file.bytes), sha256: file.sha256 };
    damaged.bytes.writeUInt8(
      damaged.bytes.readUInt8(UPLOAD_CHUNK_BYTES + 5) ^ 0xff,
      UPLOAD_CHUNK_BYTES + 5,
    );
    expect((await sendPiece(world.home.collaborator, damaged, 0)).status).toBe(200);
    const last = await sendPiece(world.home.collaborator, damaged, UPLOAD_CHUNK_BYTES);
    expect(last.status).toBe(422);
    expect(last.headers.get('content-type')).toContain('application/problem+json');
    expect(await status(world.home.collaborator, file.sha256)).toEqual({
      received: 0,
      complete: false,
    });
    await upload(world.home.collaborator, file);
    expect((await status(world.home.collaborator, file.sha256)).complete).toBe(true);
  });

  it('refuses a file whose bytes are not of the type it claims', async () => {
    const file = photo(2000);
    expect((await sendPiece(world.home.collaborator, file, 0, 'application/pdf')).status).toBe(422);
    expect((await sendPiece(world.home.collaborator, file, 0, 'text/html')).status).toBe(400);
  });

  it('refuses a piece larger than a piece may be', async () => {
    const file = photo(UPLOAD_CHUNK_BYTES * 3);
    const response = await fetch(
      `${world.server.url}/api/files/${file.sha256}?offset=0&size=${file.bytes.length}&mime=image/jpeg`,
      {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${world.home.collaborator.token}`,
          'content-type': 'application/octet-stream',
        },
        body: new Uint8Array(file.bytes.subarray(0, UPLOAD_CHUNK_BYTES * 2)),
      },
    );
    expect(response.status).toBe(413);
  });
});

describe('who may read a file', () => {
  it('serves a file named by no record to nobody, whoever uploaded it', async () => {
    const file = photo(5000);
    await upload(world.home.collaborator, file);
    expect((await download(world.home.collaborator, file.sha256)).status).toBe(404);
  });

  it('serves a photo without children to the unit, its district and the province, not to another district', async () => {
    const file = photo(5000);
    await upload(world.home.collaborator, file);
    await attached(file, false);
    expect((await download(world.home.district, file.sha256)).status).toBe(200);
    expect((await download(world.outsiders.province, file.sha256)).status).toBe(200);
    expect((await download(world.outsiders.district, file.sha256)).status).toBe(404);
    expect((await download(world.outsiders.collaborator, file.sha256)).status).toBe(404);
  });

  it('keeps a photo with children inside the district: the province gets neither file nor its name', async () => {
    const file = photo(5000);
    await upload(world.home.collaborator, file);
    const { attachmentId } = await attached(file, true);
    expect((await download(world.home.district, file.sha256)).status).toBe(200);
    expect((await download(world.outsiders.province, file.sha256)).status).toBe(404);
    const seen = latest(await pullEverything(world, world.outsiders.province), attachmentId);
    expect(seen?.data?.['showsChildren']).toBe(true);
    expect(seen?.data?.['sha256']).toBe('');
    expect(JSON.stringify(seen)).not.toContain('dien-dan-xa.jpg');
    expect(JSON.stringify(seen)).not.toContain('Các em phát biểu');
  });

  it('refuses the province’s change of a photo with children to one without, so the file stays hidden', async () => {
    const file = photo(5000);
    await upload(world.home.collaborator, file);
    const { attachmentId } = await attached(file, true);
    const device = new TestDevice();
    const seen = latest(await pullEverything(world, world.outsiders.province), attachmentId);
    const result = await push(world, world.outsiders.province, device, [
      device.upsert('attachment', attachmentId, { showsChildren: false }, seen?.version ?? 0),
    ]);
    expect(result.rejected.map((rejection) => rejection.code)).toEqual(['child-data']);
    expect((await download(world.outsiders.province, file.sha256)).status).toBe(404);
  });

  it('refuses a photo with children whose guardians’ consent is not recorded, beside the field', async () => {
    const phone = new TestDevice();
    const commune = HOME.communes[0] ?? '';
    const result = await push(world, world.home.collaborator, phone, [
      phone.upsert('attachment', randomUUID(), {
        unitCode: commune,
        parentEntity: 'forum',
        parentId: randomUUID(),
        kind: 'photo',
        fileName: 'anh.jpg',
        mime: 'image/jpeg',
        size: 100,
        sha256: photo(100).sha256,
        caption: '',
        showsChildren: true,
        guardianConsent: false,
      }),
    ]);
    expect(result.rejected).toHaveLength(1);
    expect(JSON.stringify(result.rejected[0])).toContain('guardianConsent');
  });
});
