// Who takes part in a load run: phones pushing small batches and pulling now and then, a district
// opening the app, and a monitor asking for health, each on a connection of its own.
import { randomUUID } from 'node:crypto';
import { TestDevice } from '../../../src/server/testing/device.ts';
import { recommendationData } from '../../../src/shared/testing/fixtures.ts';
import { call, ownConnection, type Answer } from './timed-call.ts';

export interface LoadRun {
  port: number;
  /** When the run ends (performance.now()). */
  until: number;
  /** Mean time a device waits between two pushes. */
  thinkMs: number;
  /** Mutations per push. */
  batch: number;
  random: () => number;
  samples: { push: number[]; devicePull: number[]; districtPull: number[]; health: number[] };
  /** Ids the server acknowledged: each must be on the server exactly once at the end. */
  acknowledged: Set<string>;
  fail(what: string, answer: Answer): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A phone of a collaborator account (several phones share an account, as communes do). */
export async function phone(
  run: LoadRun,
  index: number,
  account: { token: string; unitCode: string },
) {
  const agent = ownConnection();
  const device = new TestDevice();
  let cursor: string | null = null;
  // Spread the first pushes over one think time, as phones do not all sync at the same second.
  await sleep(run.random() * run.thinkMs);
  for (let round = 0; performance.now() < run.until; round++) {
    const ids = Array.from({ length: run.batch }, () => randomUUID());
    const mutations = ids.map((id) =>
      device.upsert(
        'recommendation',
        id,
        recommendationData(account.unitCode, { text: `Kiến nghị tải ${index}-${round}` }),
      ),
    );
    // A failed push is sent again, as the app's sync engine does: the same batch, later.
    for (let attempt = 0; attempt < 5; attempt++) {
      const body = device.pushBody(mutations);
      const answer = await call(agent, run.port, 'POST', '/api/sync/push', account.token, body);
      if (answer.status === 200) {
        run.samples.push.push(answer.ms);
        for (const id of ids) run.acknowledged.add(id);
        break;
      }
      run.fail('push', answer);
      await sleep(1_000 * 2 ** attempt);
    }
    if (round % 4 === 3) {
      const body = device.pullBody(cursor, 500);
      const pulled = await call(agent, run.port, 'POST', '/api/sync/pull', account.token, body);
      if (pulled.status === 200) {
        run.samples.devicePull.push(pulled.ms);
        cursor = (JSON.parse(pulled.body) as { cursor: string | null }).cursor;
      } else run.fail('pull', pulled);
    }
    await sleep(run.thinkMs * (0.5 + run.random()));
  }
  agent.destroy();
}

/** A district opening the app: its first pull page, every half second. */
export async function districtOffice(run: LoadRun, tokens: string[]) {
  const agent = ownConnection();
  for (let n = 0; performance.now() < run.until; n++) {
    const token = tokens[n % tokens.length] ?? '';
    const body = new TestDevice().pullBody(null, 500);
    const answer = await call(agent, run.port, 'POST', '/api/sync/pull', token, body);
    if (answer.status === 200) run.samples.districtPull.push(answer.ms);
    else run.fail('district pull', answer);
    await sleep(500);
  }
  agent.destroy();
}

/** A monitor asking /api/health four times a second. */
export async function monitor(run: LoadRun) {
  const agent = ownConnection();
  while (performance.now() < run.until) {
    const answer = await call(agent, run.port, 'GET', '/api/health');
    if (answer.status === 200) run.samples.health.push(answer.ms);
    else run.fail('health', answer);
    await sleep(250);
  }
  agent.destroy();
}
