// Create or edit a forum session. Counts of children, never names.
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useLocation } from 'wouter';
import {
  forumSchema,
  forumWarnings,
  FORUM_STATUSES,
  type Forum,
} from '../../../shared/schemas/forum.ts';
import { LEVELS } from '../../../shared/schemas/fields.ts';
import { stripLocal } from '../../db/schema.ts';
import { saveRecord } from '../../db/write.ts';
import { FORUM_STATUS_LABEL, LEVEL_LABEL } from '../../i18n/labels.ts';
import { todayIso } from '../../i18n/dates.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { DateInput } from '../../ui/date-input.tsx';
import { Select, TextInput } from '../../ui/fields.tsx';
import { ConflictNotice } from '../../ui/conflict-notice.tsx';
import { reportSaveError } from '../../ui/save-errors.ts';
import { clearDraft, draftRecordId, loadDraft, useDraft } from '../../ui/use-draft.ts';
import { useFollowRecord } from '../../ui/use-follow-record.ts';
import { useLoadedPlans, useUnitsInScope } from '../../ui/use-scope.ts';
import type { EntityRows } from '../../db/schema.ts';
import { useT } from '../../i18n/locale.ts';

const COUNT_FIELDS = [
  ['childrenTotal', 'Tổng số trẻ em tham gia'],
  ['girls', 'Trẻ em gái'],
  ['boys', 'Trẻ em trai'],
  ['ethnicMinority', 'Trẻ em dân tộc thiểu số'],
  ['specialCircumstances', 'Trẻ em có hoàn cảnh đặc biệt'],
  ['withDisabilities', 'Trẻ em khuyết tật'],
  ['poorHouseholds', 'Trẻ em hộ nghèo'],
  ['adults', 'Số người lớn tham dự'],
] as const;

const LEVEL_OF_UNIT = { commune: 'commune', district: 'district', province: 'province' } as const;

export function ForumFormPage({ id }: { id?: string }) {
  const t = useT();
  const [newId] = useState(() => draftRecordId('forum:new'));
  const existing = useLiveQuery(
    async () => (id ? ((await db.forums.get(id)) ?? null) : null),
    [id],
  );
  const plans = useLoadedPlans();
  if (existing === undefined || plans === undefined) return <p>{t('Đang tải…')}</p>;
  if (id && !existing) return <p>{t('Không tìm thấy diễn đàn này trên máy.')}</p>;
  return (
    <>
      {id && <ConflictNotice entity="forum" recordId={id} />}
      <ForumForm
        id={id ?? newId}
        plans={plans}
        initial={existing ? (stripLocal(existing) as Forum) : null}
      />
    </>
  );
}

function ForumForm({
  id,
  plans,
  initial,
}: {
  id: string;
  plans: EntityRows['plan'][];
  initial: Forum | null;
}) {
  const t = useT();
  const user = useUser();
  const units = useUnitsInScope(user);
  const [, navigate] = useLocation();
  const [failure, setFailure] = useState<string | null>(null);
  const draftKey = `forum:${initial ? id : 'new'}`;
  const defaults: Partial<Forum> = initial ?? {
    planId: plans[0]?.id ?? 'kon-tum-2023',
    level:
      user.role === 'collaborator' ? 'commune' : user.role === 'district' ? 'district' : 'province',
    unitCode: user.unitCode,
    date: todayIso(),
    venue: '',
    organiser: '',
    status: 'planned',
    childrenTotal: 0,
    girls: 0,
    boys: 0,
    ethnicMinority: 0,
    specialCircumstances: 0,
    withDisabilities: 0,
    poorHouseholds: 0,
    adults: 0,
  };
  const form = useForm<Forum>({
    resolver: zodResolver(forumSchema),
    defaultValues: { ...defaults, ...loadDraft<Forum>(draftKey) },
    mode: 'onTouched',
  });
  useDraft(draftKey, form);
  useFollowRecord(form, initial);
  const { register, handleSubmit, formState, control, setError, setValue } = form;
  const errors = formState.errors;
  const values = useWatch({ control }) as Forum;
  const plan = plans.find((p) => p.id === values.planId) ?? plans[0];
  const warnings = forumWarnings(
    { ...values, childrenTotal: Number.isNaN(values.childrenTotal) ? 0 : values.childrenTotal },
    plan?.minimumChildren[values.level],
  );

  const onSubmit = handleSubmit(async (forum) => {
    setFailure(null);
    try {
      await saveRecord(db, 'forum', id, forum);
      clearDraft(draftKey);
      form.reset(forum);
      navigate('/forums');
    } catch (error) {
      setFailure(reportSaveError(error, setError));
    }
  });

  return (
    <form
      className="card form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t('Diễn đàn')}
    >
      <h1>{initial ? t('Sửa diễn đàn') : t('Thêm diễn đàn')}</h1>
      <Select
        label={t('Kế hoạch')}
        {...register('planId')}
        error={errors.planId?.message}
        options={plans.map((p) => ({ value: p.id, label: p.title }))}
      />
      <Select
        label={t('Đơn vị')}
        {...register('unitCode', {
          onChange: (event: { target: { value: string } }) => {
            const unit = units.find((u) => u.id === event.target.value);
            if (unit) setValue('level', LEVEL_OF_UNIT[unit.level]);
          },
        })}
        error={errors.unitCode?.message}
        options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
      />
      <Select
        label={t('Cấp diễn đàn')}
        {...register('level')}
        error={errors.level?.message}
        options={LEVELS.map((level) => ({ value: level, label: t(LEVEL_LABEL[level]) }))}
      />
      <Controller
        control={control}
        name="date"
        render={({ field, fieldState }) => (
          <DateInput
            label={t('Ngày tổ chức')}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextInput label={t('Địa điểm')} {...register('venue')} error={errors.venue?.message} />
      <TextInput
        label={t('Đơn vị tổ chức')}
        {...register('organiser')}
        error={errors.organiser?.message}
      />
      <Select
        label={t('Trạng thái')}
        {...register('status')}
        error={errors.status?.message}
        options={FORUM_STATUSES.map((status) => ({
          value: status,
          label: t(FORUM_STATUS_LABEL[status]),
        }))}
      />
      <fieldset className="counts">
        <legend>{t('Số người tham gia')}</legend>
        {COUNT_FIELDS.map(([name, label]) => (
          <TextInput
            key={name}
            label={t(label)}
            type="number"
            inputMode="numeric"
            min={0}
            {...register(name, { valueAsNumber: true })}
            error={errors[name]?.message}
          />
        ))}
      </fieldset>
      {warnings.length > 0 && (
        <ul className="warnings" aria-label={t('Lưu ý')}>
          {warnings.map((warning) => (
            <li key={warning.message}>{t(warning.message, warning.values)}</li>
          ))}
        </ul>
      )}
      {failure && (
        <p className="form__failure" role="alert">
          {t(failure)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {t('Lưu')}
        </button>
        <button type="button" className="button" onClick={() => navigate('/forums')}>
          {t('Hủy')}
        </button>
      </div>
    </form>
  );
}
