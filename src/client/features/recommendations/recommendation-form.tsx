// Quick entry during a noisy forum: pick a theme with one tap, type, save, and the next one is
// ready with the same theme; the count of entries so far stays in sight. Big targets, the
// keyboard's "next" and "done" keys, and the buttons at the bottom where a thumb reaches them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Link, useLocation } from 'wouter';
import { planOfYear } from '../../../shared/plans/plan-year.ts';
import type { Forum } from '../../../shared/schemas/forum.ts';
import {
  NOT_YET_ANSWERED,
  recommendationSchema,
  type Recommendation,
} from '../../../shared/schemas/recommendation.ts';
import type { EntityRows } from '../../db/schema.ts';
import { isoToDisplay } from '../../i18n/dates.ts';
import { KIND_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { TextArea, TextInput } from '../../ui/fields.tsx';
import { useRecordForm } from '../../ui/use-record-form.ts';
import { shownYearOf } from '../../ui/use-shown-year.ts';
import { YearPicker } from '../../ui/year-picker.tsx';
import { ForumChoice, useForumsOfYear } from './forum-choice.tsx';
import { SpeakerFields, ThemeChoice } from './recommendation-fields.tsx';
import { SUGGESTED_ADDRESSEES } from './suggested-addressees.ts';
import { Failure } from '../../ui/failure.tsx';
import { Choices } from '../../ui/choices.tsx';
import { Button } from '../../ui/button.tsx';

type ForumContext = Forum & { id: string };

export function RecommendationForm({
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
  const [year, setYear] = useState(
    initial?.year ?? (forum ? Number(forum.date.slice(0, 4)) : shownYearOf(plans)),
  );
  const [savedCount, setSavedCount] = useState(0);
  const [forumId, setForumId] = useState<string | null>(initial?.forumId ?? forum?.id ?? null);
  const forums = useForumsOfYear(year);
  const chosenForum = forum ?? forums?.find((candidate) => candidate.id === forumId) ?? null;
  const plan =
    plans.find((p) => p.id === (initial?.planId ?? chosenForum?.planId)) ?? planOfYear(plans, year);
  const level =
    user.role === 'collaborator' ? 'commune' : user.role === 'district' ? 'district' : 'province';
  const fresh = (keep?: Partial<Recommendation>): Recommendation => ({
    planId: plan?.id ?? null,
    forumId: chosenForum?.id ?? null,
    unitCode: chosenForum?.unitCode ?? user.unitCode,
    level: chosenForum?.level ?? level,
    year,
    themeCode: '',
    kind: 'recommendation',
    text: '',
    addressee: '',
    speakerAgeBand: null,
    speakerGender: null,
    ...NOT_YET_ANSWERED,
    ...keep,
  });
  const { form, errors, failure, save, next, field, choice } = useRecordForm({
    entity: 'recommendation',
    schema: recommendationSchema,
    id,
    draftKey: `recommendation:${id ?? forum?.id ?? 'new'}`,
    defaults: initial ?? fresh(),
    record: initial,
    // The forum, plan, unit and year follow what is chosen above the form, not the draft.
    toRecord: (values) =>
      initial
        ? values
        : {
            ...values,
            forumId: chosenForum?.id ?? null,
            planId: plan?.id ?? null,
            unitCode: chosenForum?.unitCode ?? values.unitCode,
            level: chosenForum?.level ?? values.level,
            year,
          },
  });
  const { register, formState, control, setError } = form;
  const themeCode = useWatch({ control, name: 'themeCode' });
  const reason = useWatch({ control, name: 'noForumReason' });
  const saidAtForum = useLiveQuery(
    async () =>
      chosenForum ? db.recommendations.where('forumId').equals(chosenForum.id).count() : 0,
    [chosenForum?.id],
    0,
  );
  const themes = (plan?.themes ?? []).filter(
    (theme) => theme.retired !== true || theme.code === themeCode,
  );
  // A recommendation entered by hand without a forum says why, when the year has forums to pick.
  const needsReason =
    !initial && !chosenForum && (forums?.length ?? 0) > 0 && (reason ?? '').trim() === '';
  const guard = (submit: () => Promise<void>) => () => {
    if (needsReason) {
      setError('noForumReason', {
        message: 'Chọn diễn đàn, hoặc nêu lý do không gắn với diễn đàn',
      });
      return;
    }
    void submit();
  };
  const saveAndClose = save(() => navigate(forum ? `/forums/${forum.id}` : '/recommendations'));
  // The next child speaks on the same theme more often than not: keep theme, kind and addressee.
  const saveAndNext = save((recommendation) => {
    setSavedCount((count) => count + 1);
    next(
      fresh({
        themeCode: recommendation.themeCode,
        kind: recommendation.kind,
        addressee: recommendation.addressee,
      }),
    );
  });

  return (
    <form
      className="card form quick-entry"
      onSubmit={(event) => {
        event.preventDefault();
        guard(() => saveAndClose())();
      }}
      noValidate
      aria-label={t('Kiến nghị')}
    >
      <h1>{initial ? t('Sửa kiến nghị') : t('Ghi kiến nghị của trẻ em')}</h1>
      {chosenForum && (
        <p className="muted">
          {t('Diễn đàn')}:{' '}
          <Link href={`/forums/${chosenForum.id}`}>
            {isoToDisplay(chosenForum.date)} · {chosenForum.venue}
          </Link>{' '}
          · {t('đã ghi {n} ý kiến', { n: saidAtForum })}
        </p>
      )}
      {savedCount > 0 && (
        <p className="notice" role="status">
          {t('Đã lưu {n} ý kiến. Mời ghi ý kiến tiếp theo.', { n: savedCount })}
        </p>
      )}
      {!initial && !forum && (
        <div className="row">
          <YearPicker plans={plans} year={year} onChange={setYear} />
          <ForumChoice year={year} value={forumId} onChange={setForumId} />
        </div>
      )}
      {!initial && !forum && !chosenForum && (forums?.length ?? 0) > 0 && (
        <TextInput label={t('Lý do không gắn với diễn đàn')} {...field('noForumReason')} />
      )}
      <ThemeChoice
        themes={themes}
        chosen={themeCode}
        register={register}
        invalid={Boolean(errors.themeCode)}
      />
      <Choices legend={t('Loại')} labels={KIND_LABEL} {...choice('kind')} />
      <TextArea label={t('Nội dung')} enterKeyHint="next" {...field('text')} />
      <TextInput
        label={t('Cơ quan nhận')}
        list="addressees"
        enterKeyHint="done"
        {...field('addressee')}
      />
      <datalist id="addressees">
        {SUGGESTED_ADDRESSEES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <SpeakerFields register={register} />
      <p className="field__hint">{t('Không ghi tên trẻ em: chỉ ghi độ tuổi và giới tính.')}</p>
      <Failure text={failure} />
      <div className="actions actionbar">
        {!initial && (
          <Button primary onClick={guard(() => saveAndNext())} disabled={formState.isSubmitting}>
            {t('Lưu và ghi tiếp')}
          </Button>
        )}
        <button
          type="submit"
          className={`button${initial ? ' button--primary' : ''}`}
          disabled={formState.isSubmitting}
        >
          {initial ? t('Lưu') : t('Lưu và xong')}
        </button>
        <Button onClick={() => navigate(forum ? `/forums/${forum.id}` : '/recommendations')}>
          {t('Hủy')}
        </Button>
      </div>
    </form>
  );
}
