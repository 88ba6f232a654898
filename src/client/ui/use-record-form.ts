// The one form hook for records (docs/architecture.md § One direction of data): a form states its
// schema, its defaults and what happens after saving; loading the draft, following the stored
// record, validating, the one-transaction save with its outbox entry, and errors beside the fields
// are written here once.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Mode } from 'react-hook-form';
import type { z } from 'zod/mini';
import type { EntityName } from '../../shared/entities.ts';
import type { EntityData } from '../db/schema.ts';
import { saveRecord, type MutationOf } from '../db/write.ts';
import { db } from '../runtime.ts';
import { choiceBinder, fieldBinder } from './field-props.ts';
import { reportSaveError } from './save-errors.ts';
import { clearDraft, draftRecordId, loadDraft, useDraft } from './use-draft.ts';
import { useFollowRecord } from './use-follow-record.ts';

export interface RecordFormOptions<
  E extends EntityName,
  V extends FieldValues & Partial<EntityData<E>>,
> {
  entity: E;
  /** Defaults to the entity's upsert; `recommendation.respond` for an answer. */
  mutation?: MutationOf<E>;
  /** The schema the form validates with (the entity's, or the part the form edits). */
  schema: z.ZodMiniType<V, V>;
  /** The record being edited, or undefined for a new one (its id is kept with the draft). */
  id: string | undefined;
  /** Where the draft is kept while the user types: `<entity>:<id or "new">` unless given. */
  draftKey?: string;
  defaults: V;
  /** The stored record, followed while the user has not typed (a pull, a resolved conflict). */
  record?: V | null;
  mode?: Mode;
  /** What is written, when it differs from the form's values. */
  toRecord?: (values: V) => Partial<EntityData<E>>;
  /**
   * How it is written, when the record travels with more than itself (an attachment with its file):
   * given the form's values, it still saves through saveRecord, in one transaction.
   */
  write?: (id: string, values: V) => Promise<void>;
}

export function useRecordForm<E extends EntityName, V extends FieldValues & Partial<EntityData<E>>>(
  options: RecordFormOptions<E, V>,
) {
  const { entity } = options;
  const draftKey = options.draftKey ?? `${entity}:${options.id ?? 'new'}`;
  const [recordId, setRecordId] = useState(() => options.id ?? draftRecordId(draftKey));
  // A new record's id is made here: until its first save, nothing is stored under it to read back.
  const [isNew, setIsNew] = useState(options.id === undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<V>({
    resolver: zodResolver(options.schema),
    // The defaults are whole values, the draft a part of them: together, what the form starts with
    // (react-hook-form types that as a deep partial of its own, hence the cast).
    defaultValues: { ...options.defaults, ...loadDraft<V>(draftKey) } as DefaultValues<V>,
    mode: options.mode ?? 'onTouched',
  });
  useDraft(draftKey, form);
  useFollowRecord(form, options.record ?? null);

  /** A submit handler: validate, save (record + outbox, one transaction), then `after`. */
  const save = (after: (values: V, id: string) => void) =>
    form.handleSubmit(async (values) => {
      setFailure(null);
      try {
        if (options.write) await options.write(recordId, values);
        else {
          const record: Partial<EntityData<E>> = options.toRecord
            ? options.toRecord(values)
            : values;
          await saveRecord(db, entity, recordId, record, { mutation: options.mutation, isNew });
        }
        setIsNew(false);
        clearDraft(draftKey);
        form.reset(values);
        after(values, recordId);
      } catch (error) {
        setFailure(reportSaveError(error, form.setError));
      }
    });

  /** Quick entry: the next record starts with these values and a new id. */
  const next = (values: V) => {
    setRecordId(draftRecordId(draftKey));
    setIsNew(true);
    form.reset(values);
  };

  return {
    form,
    errors: form.formState.errors,
    /** Binds a field by name: `<TextInput label=… {...field('venue')} />`. */
    field: fieldBinder(form),
    /** Binds a `Choices` group by name. */
    choice: choiceBinder(form),
    /** What the form's footer shows: the save's failure, and whether it is saving. */
    footer: { failure, busy: form.formState.isSubmitting },
    recordId,
    failure,
    save,
    next,
  };
}
