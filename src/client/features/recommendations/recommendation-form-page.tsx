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
import { usePlans } from '../../ui/use-scope.ts';
import { SUGGESTED_ADDRESSEES } from './suggested-addressees.ts';

export function RecommendationFormPage({ id }: { id?: string }) {
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
  if (existing === undefined || forum === undefined) return <p>Đang tải…</p>;
  if (id && !existing) return <p>Không tìm thấy kiến nghị này trên máy.</p>;
  return (
    <>
      {id && <ConflictNotice entity="recommendation" recordId={id} />}
      <RecommendationForm
        key={id ?? 'new'}
        id={id}
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
  initial,
  forum,
}: {
  id: string | undefined;
  initial: Recommendation | null;
  forum: ForumContext | null;
}) {
  const user = useUser();
  const plans = usePlans();
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
      aria-label="Kiến nghị"
    >
      <h1>{initial ? 'Sửa kiến nghị' : 'Ghi kiến nghị của trẻ em'}</h1>
      {savedCount > 0 && (
        <p className="notice" role="status">
          Đã lưu {savedCount} ý kiến. Mời ghi ý kiến tiếp theo.
        </p>
      )}
      <fieldset className="choices" aria-invalid={Boolean(errors.themeCode)}>
        <legend>Chủ đề</legend>
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
            Chọn một chủ đề
          </small>
        )}
      </fieldset>
      <fieldset className="segmented">
        <legend>Loại</legend>
        {RECOMMENDATION_KINDS.map((value) => (
          <label key={value} className={`choice${kind === value ? ' choice--on' : ''}`}>
            <input type="radio" value={value} {...register('kind')} />
            <span>{KIND_LABEL[value]}</span>
          </label>
        ))}
      </fieldset>
      <TextArea label="Nội dung" {...register('text')} error={errors.text?.message} />
      <TextInput
        label="Cơ quan nhận"
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
          label="Độ tuổi người nêu"
          placeholder="Không ghi"
          {...register('speakerAgeBand', {
            setValueAs: (value: string) => (value === '' ? null : value),
          })}
          options={AGE_BANDS.map((band) => ({ value: band, label: AGE_BAND_LABEL[band] }))}
        />
        <Select
          label="Giới tính người nêu"
          placeholder="Không ghi"
          {...register('speakerGender', {
            setValueAs: (value: string) => (value === '' ? null : value),
          })}
          options={GENDERS.map((gender) => ({ value: gender, label: GENDER_LABEL[gender] }))}
        />
      </div>
      <p className="field__hint">Không ghi tên trẻ em: chỉ ghi độ tuổi và giới tính.</p>
      {failure && (
        <p className="form__failure" role="alert">
          {failure}
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
            Lưu và ghi tiếp
          </button>
        )}
        <button
          type="submit"
          className={`button${initial ? ' button--primary' : ''}`}
          disabled={formState.isSubmitting}
        >
          {initial ? 'Lưu' : 'Lưu và xong'}
        </button>
        <button type="button" className="button" onClick={() => navigate('/recommendations')}>
          Hủy
        </button>
      </div>
    </form>
  );
}
