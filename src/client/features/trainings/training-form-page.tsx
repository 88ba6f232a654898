// Create or edit a training: when, where, what, who trains and for whom.
import { useLocation } from 'wouter';
import { AUDIENCES, trainingSchema, type Training } from '../../../shared/schemas/training.ts';
import { stripLocal } from '../../db/schema.ts';
import { todayIso } from '../../i18n/dates.ts';
import { AUDIENCE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { useUser } from '../../session/store.ts';
import { DateField } from '../../ui/date-field.tsx';
import { FieldError, Select, TextInput, unitOptions } from '../../ui/fields.tsx';
import { useRecordForm } from '../../ui/use-record-form.ts';
import { useUnitsInScope } from '../../ui/use-scope.ts';
import { RecordPage } from '../../ui/record-page.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { FormCard } from '../../ui/form-card.tsx';
import { useRouteParam } from '../../ui/use-route-param.ts';

export function TrainingFormPage() {
  const id = useRouteParam('id');
  return (
    <RecordPage entity="training" id={id}>
      {(record) => <TrainingForm id={id} initial={record ? stripLocal(record) : null} />}
    </RecordPage>
  );
}

function TrainingForm({ id, initial }: { id: string | undefined; initial: Training | null }) {
  const t = useT();
  const user = useUser();
  const units = useUnitsInScope(user);
  const [, navigate] = useLocation();
  const defaults: Training = initial ?? {
    unitCode: user.unitCode,
    date: todayIso(),
    endDate: null,
    place: '',
    topic: '',
    trainer: '',
    audiences: ['children'],
  };
  const { form, errors, save, field, footer } = useRecordForm({
    entity: 'training',
    schema: trainingSchema,
    id,
    defaults,
    record: initial,
  });
  const { register, control } = form;
  const onSubmit = save((_values, savedId) => navigate(`/trainings/${savedId}/attendance`));

  return (
    <FormCard label={t('Tập huấn')} onSubmit={onSubmit}>
      <h1>{initial ? t('Sửa lớp tập huấn') : t('Thêm lớp tập huấn')}</h1>
      <Select label={t('Đơn vị tổ chức')} {...field('unitCode')} options={unitOptions(units)} />
      <TextInput label={t('Chủ đề tập huấn')} {...field('topic')} />
      <div className="row">
        <DateField control={control} name="date" label={t('Từ ngày')} />
        <DateField
          control={control}
          name="endDate"
          label={t('Đến ngày (nếu nhiều ngày)')}
          optional
        />
      </div>
      <TextInput label={t('Địa điểm')} {...field('place')} />
      <TextInput label={t('Giảng viên')} {...field('trainer')} />
      <fieldset className="choices" aria-invalid={Boolean(errors.audiences)}>
        <legend>{t('Đối tượng')}</legend>
        {AUDIENCES.map((audience) => (
          <label key={audience} className="choice">
            <input type="checkbox" value={audience} {...register('audiences')} />
            <span>{t(AUDIENCE_LABEL[audience])}</span>
          </label>
        ))}
        {errors.audiences && (
          <FieldError message={errors.audiences.message ?? 'Chọn ít nhất một đối tượng'} />
        )}
      </fieldset>
      <FormFooter {...footer} onCancel={() => navigate('/trainings')} />
    </FormCard>
  );
}
