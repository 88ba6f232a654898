// Quick entry during a noisy forum: pick a theme with one tap, type, save, and the next one is ready.
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useLocation, useSearchParams } from 'wouter';
import {
  AGE_BANDS,
  GENDERS,
  RECOMMENDATION_KINDS,
  recommendationSchema,
  type Recommendation,
} from '../../../shared/schemas/recommendation.ts';
import { stripLocal } from '../../db/schema.ts';
import { saveRecord } from '../../db/write.ts';
import { AGE_BAND_LABEL, GENDER_LABEL, KIND_LABEL } from '../../i18n/labels.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { Select, TextArea, TextInput } from '../../ui/fields.tsx';
import { ConflictNotice } from '../../ui/conflict-notice.tsx';
import { reportSaveError } from '../../ui/save-errors.ts';
import { clearDraft, draftRecordId, loadDraft, useDraft } from '../../ui/use-draft.ts';
import { useFollowRecord } from '../../ui/use-follow-record.ts';
import { useLoadedPlans } from '../../ui/use-scope.ts';
import type { EntityRows } from '../../db/schema.ts';
import { SUGGESTED_ADDRESSEES } from './suggested-addressees.ts';
import { useT } from '../../i18n/locale.ts';

export function RecommendationFormPage({ id }: { id?: string }) {
  const t = useT();
  const existing = useLiveQuery(
    async () => (id ? ((await db.recommendations.get(id)) ?? null) : null),
    [id],
  );
  const [params] = useSearchParams();
  const forumId = params.get('forum');
  const forum = useLiveQuery(
    async () => (forumId ? ((await db.forums.get(forumId)) ?? null) : null),
    [forumId],
  );
  const plans = useLoadedPlans();
  if (existing === undefined || forum === undefined || plans === undefined)
    return <p>{t('Đang tải…')}</p>;
  if (id && !existing) return <p>{t('Không tìm thấy kiến nghị này trên máy.')}</p>;
  return (
    <>
      {id && <ConflictNotice entity="recommendation" recordId={id} />}
      <RecommendationForm
        key={id ?? 'new'}
        id={id}
        plans={plans}
        initial={existing ? (stripLocal(existing) as Recommendation) : null}
        forum={
          forum
            ? {
                id: forum.id,
                unitCode: forum.unitCode,
                level: forum.level,
                planId: forum.planId,
                year: Number(forum.date.slice(0, 4)),
              }
            : null
        }
      />
    </>
  );
}

interface ForumContext {
  id: string;
  unitCode: string;
  level: Recommendation['level'];
  planId: string;
  year: number;
}

function RecommendationForm({
  id,
  plans,
  initial,
  forum,
}: {
  id: string | undefined;
  plans: EntityRows['plan'][];
  initial: Recommendation | null;
  forum: ForumContext | null;
}) {
  const t = useT();
  const user = useUser();
  const [, navigate] = useLocation();
  const [failure, setFailure] = useState<string | null>(null);
  const [savedCount, setSavedCount] = useState(0);
  const [recordId, setRecordId] = useState(() => id ?? draftRecordId('recommendation:new'));
  const plan = plans.find((p) => p.id === (initial?.planId ?? forum?.planId)) ?? plans[0];
  const draftKey = `recommendation:${id ?? 'new'}`;
  const fresh = (keep?: Partial<Recommendation>): Recommendation => ({
    planId: plan?.id ?? null,
    forumId: forum?.id ?? null,
    unitCode: forum?.unitCode ?? user.unitCode,
    level:
      forum?.level ??
      (user.role === 'collaborator'
        ? 'commune'
        : user.role === 'district'
          ? 'district'
          : 'province'),
    year: forum?.year ?? plan?.year ?? new Date().getFullYear(),
    themeCode: '',
    kind: 'recommendation',
    text: '',
    addressee: '',
    speakerAgeBand: null,
    speakerGender: null,
    responseStatus: 'pending',
    responseText: '',
    responseCause: '',
    responseSolution: '',
    respondedAt: null,
    forwardedTo: null,
    sourceIds: [],
    ...keep,
  });
  const form = useForm<Recommendation>({
    resolver: zodResolver(recommendationSchema),
    defaultValues: initial ?? { ...fresh(), ...loadDraft<Recommendation>(draftKey) },
    mode: 'onTouched',
  });
  useDraft(draftKey, form);
  useFollowRecord(form, initial);
  const { register, handleSubmit, formState, setError, reset, control } = form;
  const errors = formState.errors;
  const themeCode = useWatch({ control, name: 'themeCode' });
  const kind = useWatch({ control, name: 'kind' });

  const save = (another: boolean) =>
    handleSubmit(async (recommendation) => {
      setFailure(null);
      try {
        await saveRecord(db, 'recommendation', recordId, recommendation);
        clearDraft(draftKey);
        if (!another) {
          reset(recommendation);
          navigate('/recommendations');
          return;
        }
        // The next child speaks on the same theme more often than not: keep theme, kind and addressee.
        setSavedCount((count) => count + 1);
        setRecordId(draftRecordId('recommendation:new'));
        reset(
          fresh({
            themeCode: recommendation.themeCode,
            kind: recommendation.kind,
            addressee: recommendation.addressee,
          }),
        );
      } catch (error) {
        setFailure(reportSaveError(error, setError));
      }
    });

  return (
    <form
      className="card form"
      onSubmit={(event) => void save(false)(event)}
      noValidate
      aria-label={t('Kiến nghị')}
    >
      <h1>{initial ? t('Sửa kiến nghị') : t('Ghi kiến nghị của trẻ em')}</h1>
      {savedCount > 0 && (
        <p className="notice" role="status">
          {t('Đã lưu {n} ý kiến. Mời ghi ý kiến tiếp theo.', { n: savedCount })}
        </p>
      )}
      <fieldset className="choices" aria-invalid={Boolean(errors.themeCode)}>
        <legend>{t('Chủ đề')}</legend>
        {plan?.themes.map((theme, index) => (
          <label
            key={theme.code}
            className={`choice${themeCode === theme.code ? ' choice--on' : ''}`}
          >
            <input type="radio" value={theme.code} {...register('themeCode')} />
            <span>
              {index + 1}. {theme.title}
            </span>
          </label>
        ))}
        {errors.themeCode && (
          <small className="field__error" role="alert">
            {t('Chọn một chủ đề')}
          </small>
        )}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t('Loại')}</legend>
        {RECOMMENDATION_KINDS.map((value) => (
          <label key={value} className={`choice${kind === value ? ' choice--on' : ''}`}>
            <input type="radio" value={value} {...register('kind')} />
            <span>{t(KIND_LABEL[value])}</span>
          </label>
        ))}
      </fieldset>
      <TextArea label={t('Nội dung')} {...register('text')} error={errors.text?.message} />
      <TextInput
        label={t('Cơ quan nhận')}
        list="addressees"
        {...register('addressee')}
        error={errors.addressee?.message}
      />
      <datalist id="addressees">
        {SUGGESTED_ADDRESSEES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div className="row">
        <Select
          label={t('Độ tuổi người nêu')}
          placeholder={t('Không ghi')}
          {...register('speakerAgeBand', {
            setValueAs: (value: string) => (value === '' ? null : value),
          })}
          options={AGE_BANDS.map((band) => ({ value: band, label: t(AGE_BAND_LABEL[band]) }))}
        />
        <Select
          label={t('Giới tính người nêu')}
          placeholder={t('Không ghi')}
          {...register('speakerGender', {
            setValueAs: (value: string) => (value === '' ? null : value),
          })}
          options={GENDERS.map((gender) => ({ value: gender, label: t(GENDER_LABEL[gender]) }))}
        />
      </div>
      <p className="field__hint">{t('Không ghi tên trẻ em: chỉ ghi độ tuổi và giới tính.')}</p>
      {failure && (
        <p className="form__failure" role="alert">
          {t(failure)}
        </p>
      )}
      <div className="actions">
        {!initial && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void save(true)()}
            disabled={formState.isSubmitting}
          >
            {t('Lưu và ghi tiếp')}
          </button>
        )}
        <button
          type="submit"
          className={`button${initial ? ' button--primary' : ''}`}
          disabled={formState.isSubmitting}
        >
          {initial ? t('Lưu') : t('Lưu và xong')}
        </button>
        <button type="button" className="button" onClick={() => navigate('/recommendations')}>
          {t('Hủy')}
        </button>
      </div>
    </form>
  );
}
