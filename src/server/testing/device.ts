// A minimal stand-in for a phone in server tests: it numbers its mutations and stamps them with a
// hybrid logical clock, exactly as the protocol asks. The real client engine is tested in tests/sync.
import { randomUUID } from 'node:crypto';
import { formatHlc, nodeFromClientId, tick, type HlcState } from '../../shared/hlc.ts';
import type { Mutation } from '../../shared/protocol.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol.ts';

export class TestDevice {
  readonly clientId = randomUUID();
  private next = 1;
  private clock: HlcState;

  constructor(clockOffsetMs = 0) {
    this.clock = { wall: 0, counter: 0, node: nodeFromClientId(this.clientId) };
    this.offset = clockOffsetMs;
  }
  private readonly offset: number;

  mutation(name: string, args: unknown): Mutation {
    this.clock = tick(this.clock, Date.now() + this.offset);
    return { id: this.next++, name, args, hlc: formatHlc(this.clock) };
  }

  upsert(entity: string, id: string, patch: Record<string, unknown>, baseVersion = 0): Mutation {
    return this.mutation(`${entity}.upsert`, { id, patch, baseVersion });
  }

  pushBody(mutations: Mutation[]) {
    return { protocolVersion: PROTOCOL_VERSION, clientId: this.clientId, mutations };
  }

  pullBody(cursor: string | null, limit?: number) {
    return {
      protocolVersion: PROTOCOL_VERSION,
      clientId: this.clientId,
      cursor,
      ...(limit ? { limit } : {}),
    };
  }
}
