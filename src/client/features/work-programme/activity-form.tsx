// An activity of the work programme, as province staff write it: what, who leads, who partners,
// when (a day, month, quarter, half-year or ongoing), what it produces, and which units take part.
import { Controller } from 'react-hook-form';
import { activitySchema, type Activity } from '../../../shared/schemas/activity.ts';
import { useT } from '../../i18n/locale.ts';
import { TextArea, TextInput } from '../../ui/fields.tsx';
import { useRecordForm } from '../../ui/use-record-form.ts';
import { useUnitTree } from '../../ui/use-scope.ts';
import { FormFooter } from '../../ui/form-footer.tsx';
import { FormCard } from '../../ui/form-card.tsx';
import { UnitChecklist } from '../../ui/unit-checklist.tsx';

interface ActivityFormProps {
  id: string;
  /** The activity as it stands, or a new one's defaults. */
  initial: Activity;
  /** Told when the form closes, saved or cancelled. */
  onDone: () => void;
}

export function ActivityForm({ id, initial, onDone }: ActivityFormProps) {
  const t = useT();
  const tree = useUnitTree();
  const { form, save, field, footer } = useRecordForm({
    entity: 'activity',
    schema: activitySchema,
    id,
    defaults: initial,
    record: initial,
  });
  const { control } = form;
  const candidates = tree.active().filter((unit) => unit.level !== 'province');
  const onSubmit = save(onDone);
  return (
    <FormCard label={t('Hoạt động')} onSubmit={onSubmit} className="form activity__editor">
      <div className="row">
        <TextInput
          label={t('Số thứ tự')}
          type="number"
          inputMode="numeric"
          {...field('no', { valueAsNumber: true })}
        />
        <TextInput
          label={t('Thời hạn')}
          hint={t(
            '2027-03 (tháng), 2027-Q2 (quý), 2027-H2 (6 tháng cuối), 2027-03-15 (ngày) hoặc ongoing',
          )}
          {...field('due')}
        />
      </div>
      <TextArea label={t('Nội dung hoạt động')} {...field('title')} />
      <TextInput label={t('Cơ quan chủ trì')} {...field('lead')} />
      <Controller
        control={control}
        name="partners"
        render={({ field }) => (
          <TextArea
            label={t('Cơ quan phối hợp (mỗi dòng một cơ quan)')}
            value={field.value.join('\n')}
            onChange={(event) => field.onChange(event.target.value.split('\n'))}
            onBlur={() => field.onChange(field.value.map((line) => line.trim()).filter(Boolean))}
          />
        )}
      />
      <TextInput label={t('Kết quả, sản phẩm')} {...field('output')} />
      <Controller
        control={control}
        name="units"
        render={({ field }) => {
          const chosen = field.value ?? [];
          return (
            <UnitChecklist
              summary={t('Đơn vị tham gia báo cáo tiến độ: {n}', { n: chosen.length })}
              units={candidates}
              chosen={chosen}
              onChange={field.onChange}
            />
          );
        }}
      />
      <FormFooter {...footer} onCancel={onDone} />
    </FormCard>
  );
}
