// Quick add to an attendance sheet: type a name, tap role and gender, add; the next person is ready
// with the same role and commune, because people arrive in groups. A guardian's consent is dated
// the training's day unless another day is chosen.
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { attendeeSchema, type Attendee } from '../../../shared/schemas/training.ts';
import { ATTENDEE_ROLE_LABEL, GENDER_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { DateField } from '../../ui/date-field.tsx';
import { Select, TextInput, unitOptions } from '../../ui/fields.tsx';
import { useRecordForm } from '../../ui/use-record-form.ts';
import { FormFooter } from '../../ui/form-footer.tsx';
import { FormCard } from '../../ui/form-card.tsx';
import { nullableNumber } from '../../ui/field-props.ts';
import { Choices, PickOne } from '../../ui/choices.tsx';

/** Peoples of Kon Tum most often met at forums; any other may be typed. */
const ETHNICITIES = ['Kinh', 'Xơ Đăng', 'Ba Na', 'Giẻ Triêng', 'Gia Rai', 'Brâu', 'Rơ Măm'];

interface Props {
  trainingId: string;
  /** The training's first day: the default date of a guardian's consent. */
  trainingDate: string;
  communes: { id: string; name: string }[];
  defaultUnitCode: string;
}

export function AttendeeForm({ trainingId, trainingDate, communes, defaultUnitCode }: Props) {
  const t = useT();
  const [added, setAdded] = useState<{ name: string; count: number } | null>(null);
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
  const { form, save, next, field, choice, footer } = useRecordForm({
    entity: 'attendee',
    schema: attendeeSchema,
    id: undefined,
    draftKey: `attendee:${trainingId}`,
    defaults: fresh(),
    // Checked on "Thêm", not on leaving a field: the emptied name field waits for the next person
    // while the user ticks presence below, and must not shout "empty" at them.
    mode: 'onSubmit',
    toRecord: (attendee) =>
      attendee.role === 'child'
        ? attendee
        : { ...attendee, guardianConsent: null, consentDate: null },
  });
  const { control, setValue, setFocus } = form;
  const role = useWatch({ control, name: 'role' });
  const consent = useWatch({ control, name: 'guardianConsent' });

  // After each addition the name field is ready for the next person (once the reset has rendered).
  useEffect(() => {
    if (added) setFocus('name');
  }, [added, setFocus]);

  const onSubmit = save((attendee) => {
    setAdded((last) => ({ name: attendee.name, count: (last?.count ?? 0) + 1 }));
    // The same group and commune; each person's own details (ethnicity, year) start empty.
    next(fresh({ role: attendee.role, unitCode: attendee.unitCode }));
  });

  return (
    <FormCard label={t('Thêm người tham gia')} onSubmit={onSubmit}>
      <h2>{t('Thêm người tham gia')}</h2>
      {added && (
        <p className="notice" role="status">
          {t('Đã thêm {name}.', { name: added.name })}
        </p>
      )}
      <TextInput label={t('Họ và tên')} autoComplete="off" {...field('name')} />
      <Choices legend={t('Vai trò')} labels={ATTENDEE_ROLE_LABEL} {...choice('role')} />
      <Choices legend={t('Giới tính')} labels={GENDER_LABEL} {...choice('gender')} />
      <div className="row">
        <TextInput
          label={t('Năm sinh')}
          type="number"
          inputMode="numeric"
          {...field('birthYear', nullableNumber)}
        />
        <TextInput label={t('Dân tộc')} list="ethnicities" {...field('ethnicity')} />
        <datalist id="ethnicities">
          {ETHNICITIES.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <Select label={t('Xã, phường')} {...field('unitCode')} options={unitOptions(communes)} />
      {role === 'child' && (
        <PickOne
          legend={t('Cha mẹ, người giám hộ đồng ý')}
          name="guardianConsent"
          options={[
            [true, <span>{t('Có')}</span>],
            [false, <span>{t('Không')}</span>],
          ]}
          chosen={consent}
          onChoose={(value) => {
            setValue('guardianConsent', value, { shouldDirty: true });
            setValue('consentDate', value ? trainingDate : null, { shouldDirty: true });
          }}
        />
      )}
      {role === 'child' && consent === true && (
        <DateField control={control} name="consentDate" label={t('Ngày cha mẹ đồng ý')} optional />
      )}
      <FormFooter {...footer} saveLabel="Thêm vào danh sách" />
    </FormCard>
  );
}
