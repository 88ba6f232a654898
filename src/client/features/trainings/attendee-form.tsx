// Quick add to a sign-in list: type a name, tap role and gender, add; the next person is ready with
// the same role and commune, because people arrive in groups.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ATTENDEE_ROLES, attendeeSchema, type Attendee } from '../../../shared/schemas/training.ts';
import { GENDERS } from '../../../shared/schemas/recommendation.ts';
import { saveRecord } from '../../db/write.ts';
import { todayIso } from '../../i18n/dates.ts';
import { ATTENDEE_ROLE_LABEL, GENDER_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { Select, TextInput } from '../../ui/fields.tsx';
import { reportSaveError } from '../../ui/save-errors.ts';
import { clearDraft, draftRecordId, loadDraft, useDraft } from '../../ui/use-draft.ts';

/** Peoples of Kon Tum most often met at forums; any other may be typed. */
const ETHNICITIES = ['Kinh', 'Xơ Đăng', 'Ba Na', 'Giẻ Triêng', 'Gia Rai', 'Brâu', 'Rơ Măm'];

interface Props {
  trainingId: string;
  communes: { id: string; name: string }[];
  defaultUnitCode: string;
}

export function AttendeeForm({ trainingId, communes, defaultUnitCode }: Props) {
  const t = useT();
  const draftKey = `attendee:${trainingId}`;
  const [recordId, setRecordId] = useState(() => draftRecordId(draftKey));
  const [added, setAdded] = useState<{ name: string; count: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const fresh = (keep?: Partial<Attendee>): Attendee => ({
    trainingId,
    unitCode: defaultUnitCode,
    name: '',
    role: 'child',
    gender: 'female',
    birthYear: null,
    ethnicity: '',
    guardianConsent: null,
    consentDate: null,
    ...keep,
  });
  const form = useForm<Attendee>({
    resolver: zodResolver(attendeeSchema),
    defaultValues: { ...fresh(), ...loadDraft<Attendee>(draftKey) },
    // Checked on "Thêm", not on leaving a field: the emptied name field waits for the next person
    // while the user ticks presence below, and must not shout "empty" at them.
    mode: 'onSubmit',
  });
  useDraft(draftKey, form);
  const { register, handleSubmit, formState, control, setError, setValue, reset, setFocus } = form;
  const errors = formState.errors;
  const role = useWatch({ control, name: 'role' });
  const gender = useWatch({ control, name: 'gender' });
  const consent = useWatch({ control, name: 'guardianConsent' });

  // After each addition the name field is ready for the next person (once the reset has rendered).
  useEffect(() => {
    if (added) setFocus('name');
  }, [added, setFocus]);

  const onSubmit = handleSubmit(async (attendee) => {
    setFailure(null);
    try {
      const person =
        attendee.role === 'child'
          ? attendee
          : { ...attendee, guardianConsent: null, consentDate: null };
      await saveRecord(db, 'attendee', recordId, person);
      clearDraft(draftKey);
      setAdded((last) => ({ name: attendee.name, count: (last?.count ?? 0) + 1 }));
      setRecordId(draftRecordId(draftKey));
      reset(
        fresh({ role: attendee.role, unitCode: attendee.unitCode, ethnicity: attendee.ethnicity }),
      );
    } catch (error) {
      setFailure(reportSaveError(error, setError));
    }
  });

  return (
    <form
      className="card form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t('Thêm người tham gia')}
    >
      <h2>{t('Thêm người tham gia')}</h2>
      {added && (
        <p className="notice" role="status">
          {t('Đã thêm {name}.', { name: added.name })}
        </p>
      )}
      <TextInput
        label={t('Họ và tên')}
        autoComplete="off"
        {...register('name')}
        error={errors.name?.message && t(errors.name.message)}
      />
      <fieldset className="segmented">
        <legend>{t('Vai trò')}</legend>
        {ATTENDEE_ROLES.map((value) => (
          <label key={value} className={`choice${role === value ? ' choice--on' : ''}`}>
            <input type="radio" value={value} {...register('role')} />
            <span>{t(ATTENDEE_ROLE_LABEL[value])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t('Giới tính')}</legend>
        {GENDERS.map((value) => (
          <label key={value} className={`choice${gender === value ? ' choice--on' : ''}`}>
            <input type="radio" value={value} {...register('gender')} />
            <span>{t(GENDER_LABEL[value])}</span>
          </label>
        ))}
      </fieldset>
      <div className="row">
        <TextInput
          label={t('Năm sinh')}
          type="number"
          inputMode="numeric"
          {...register('birthYear', {
            // Also called with the reset value (null), not only with what was typed.
            setValueAs: (value: unknown) =>
              value === '' || value === null || value === undefined ? null : Number(value),
          })}
          error={errors.birthYear?.message && t(errors.birthYear.message)}
        />
        <TextInput
          label={t('Dân tộc')}
          list="ethnicities"
          {...register('ethnicity')}
          error={errors.ethnicity?.message && t(errors.ethnicity.message)}
        />
        <datalist id="ethnicities">
          {ETHNICITIES.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <Select
        label={t('Xã, phường')}
        {...register('unitCode')}
        error={errors.unitCode?.message}
        options={communes.map((unit) => ({ value: unit.id, label: unit.name }))}
      />
      {role === 'child' && (
        <fieldset className="segmented">
          <legend>{t('Cha mẹ, người giám hộ đồng ý')}</legend>
          {(
            [
              [true, 'Có'],
              [false, 'Không'],
            ] as const
          ).map(([value, label]) => (
            <label key={label} className={`choice${consent === value ? ' choice--on' : ''}`}>
              <input
                type="radio"
                name="guardianConsent"
                checked={consent === value}
                onChange={() => {
                  setValue('guardianConsent', value, { shouldDirty: true });
                  setValue('consentDate', value ? todayIso() : null, { shouldDirty: true });
                }}
              />
              <span>{t(label)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {failure && (
        <p className="form__failure" role="alert">
          {t(failure)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {t('Thêm vào danh sách')}
        </button>
      </div>
    </form>
  );
}
