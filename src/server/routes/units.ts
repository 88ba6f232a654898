// The unit tree, changed by administrators with effective dates (docs/units.md): create, rename /
// retype / move, merge, split and dissolve. Records are never moved; accounts may follow a merge.
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod/mini';
import { code, isoDate, text } from '../../shared/schemas/fields.ts';
import { UNIT_LEVELS, UNIT_TYPES, type Unit } from '../../shared/schemas/unit.ts';
import {
  createUnit,
  editUnit,
  endUnits,
  UnitChangeError,
} from '../../shared/units/unit-changes.ts';
import { audit } from '../audit.ts';
import type { Tx } from '../db/client.ts';
import { users } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { HttpProblem, parseOr400 } from '../http/problem.ts';
import { writeReferenceData } from '../sync/write/server-write.ts';
import { loadUnitRecords, todayIso } from '../units/load-tree.ts';

const forbidden = () => new HttpProblem(403, 'Không có quyền', 'only administrators change units');
const codeParam = z.strictObject({ code: z.string().check(z.minLength(1), z.maxLength(120)) });
const newUnitBody = z.strictObject({
  code: code(),
  name: text(200),
  type: z.enum(UNIT_TYPES),
  level: z.enum(UNIT_LEVELS),
  parentCode: z.nullable(code()),
  validFrom: z.optional(z.nullable(isoDate())),
});
const editBody = z.strictObject({
  effective: z.nullable(isoDate()),
  name: z.optional(text(200)),
  type: z.optional(z.enum(UNIT_TYPES)),
  parentCode: z.optional(z.nullable(code())),
});
// Object.fromEntries forgets the keys' types; the filter only drops the undefined ones.
const withoutUndefined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
const mergeBody = z.strictObject({
  sources: z.array(code()).check(z.minLength(1, 'Chọn đơn vị cần sáp nhập'), z.maxLength(50)),
  effective: isoDate(),
  /** An existing unit that takes them over, or a new one made for the purpose. */
  into: z.union([code(), newUnitBody]),
  /** Accounts of the merged units move to the unit that takes them over. */
  moveAccounts: z.boolean(),
});
const splitBody = z.strictObject({
  effective: isoDate(),
  into: z
    .array(newUnitBody)
    .check(z.minLength(2, 'Chia thành ít nhất hai đơn vị'), z.maxLength(20)),
});
const endBody = z.strictObject({ effective: isoDate(), successors: z.array(code()) });

/** Runs a change of the tree; a change the tree refuses is a 400 naming the field. */
function attempt<T>(change: () => T): T {
  try {
    return change();
  } catch (error) {
    if (error instanceof UnitChangeError)
      throw new HttpProblem(400, 'Không thay đổi được đơn vị', error.message, error.problems);
    throw error;
  }
}

export async function unitRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.addHook('onRequest', async (request) => {
    if (request.viewer.role !== 'admin') throw forbidden();
  });

  /** Writes unit patches and one audit entry, in the caller's transaction. */
  const save = async (
    tx: Tx,
    actorId: string,
    ip: string,
    op: string,
    patches: [string, Partial<Unit>][],
    options: { mustBeNew?: string[] } = {},
  ) => {
    for (const [unitCode, patch] of patches) {
      await writeReferenceData(
        tx,
        { entity: 'unit', id: unitCode, patch, actorId },
        options.mustBeNew?.includes(unitCode) ? { mustBeNew: true } : { mustExist: true },
      );
    }
    await audit(tx, {
      userId: actorId,
      action: 'unit-change',
      entity: 'unit',
      recordId: patches[0]?.[0] ?? '',
      detail: { op, units: patches.map(([unitCode]) => unitCode) },
      ip,
    });
  };

  app.post('/admin/units', async (request, reply) => {
    const input = parseOr400(newUnitBody, request.body);
    await db.orm.transaction(async (tx) => {
      const units = await loadUnitRecords(tx);
      const unit = attempt(() =>
        createUnit(units, { ...input, validFrom: input.validFrom ?? null }),
      );
      await save(tx, request.viewer.id, request.ip, 'create', [[input.code, unit]], {
        mustBeNew: [input.code],
      });
    });
    return reply.status(201).send({ code: input.code });
  });

  app.post('/admin/units/:code/edit', async (request) => {
    const { code: unitCode } = parseOr400(codeParam, request.params);
    const edit = parseOr400(editBody, request.body);
    return db.orm.transaction(async (tx) => {
      const units = await loadUnitRecords(tx);
      const unit = units.find((candidate) => candidate.id === unitCode);
      if (!unit) throw new HttpProblem(404, 'Không tìm thấy đơn vị');
      const patch = attempt(() => editUnit(units, unit, withoutUndefined(edit)));
      await save(tx, request.viewer.id, request.ip, 'edit', [[unitCode, patch]]);
      return { code: unitCode };
    });
  });

  app.post('/admin/units/merge', async (request) => {
    const input = parseOr400(mergeBody, request.body);
    return db.orm.transaction(async (tx) => {
      const units = await loadUnitRecords(tx);
      const created = typeof input.into === 'string' ? null : input.into;
      const intoCode = typeof input.into === 'string' ? input.into : input.into.code;
      const patches: [string, Partial<Unit>][] = [];
      if (created) {
        const unit = attempt(() => createUnit(units, { ...created, validFrom: input.effective }));
        patches.push([created.code, unit]);
        units.push({ ...unit, id: created.code });
      }
      patches.push(
        ...attempt(() => endUnits(units, input.sources, input.effective, [intoCode], todayIso())),
      );
      await save(tx, request.viewer.id, request.ip, 'merge', patches, {
        mustBeNew: created ? [created.code] : [],
      });
      if (input.moveAccounts) {
        await tx
          .update(users)
          .set({ unitCode: intoCode })
          .where(and(inArray(users.unitCode, input.sources)));
      }
      return { merged: input.sources, into: intoCode };
    });
  });

  app.post('/admin/units/:code/split', async (request) => {
    const { code: unitCode } = parseOr400(codeParam, request.params);
    const input = parseOr400(splitBody, request.body);
    return db.orm.transaction(async (tx) => {
      const units = await loadUnitRecords(tx);
      const patches: [string, Partial<Unit>][] = [];
      for (const part of input.into) {
        const unit = attempt(() => createUnit(units, { ...part, validFrom: input.effective }));
        patches.push([part.code, unit]);
        units.push({ ...unit, id: part.code });
      }
      const codes = input.into.map((part) => part.code);
      patches.push(
        ...attempt(() => endUnits(units, [unitCode], input.effective, codes, todayIso())),
      );
      await save(tx, request.viewer.id, request.ip, 'split', patches, {
        mustBeNew: input.into.map((part) => part.code),
      });
      return { split: unitCode, into: input.into.map((part) => part.code) };
    });
  });

  app.post('/admin/units/:code/end', async (request) => {
    const { code: unitCode } = parseOr400(codeParam, request.params);
    const input = parseOr400(endBody, request.body);
    return db.orm.transaction(async (tx) => {
      const units = await loadUnitRecords(tx);
      const patches = [
        ...attempt(() =>
          endUnits(units, [unitCode], input.effective, input.successors, todayIso()),
        ),
      ];
      const accounts = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.unitCode, unitCode), eq(users.disabled, false)));
      await save(tx, request.viewer.id, request.ip, 'end', patches);
      return { ended: unitCode, accountsLeft: accounts.length };
    });
  });
}
