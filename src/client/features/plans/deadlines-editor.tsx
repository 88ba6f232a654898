// A plan's deadlines: what must be done (hold the forum, send its report), at which level, by when
// (or within so many days of the unit's own forum), and by which units (all of that level, or some).
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { DEADLINE_KINDS, type Plan } from '../../../shared/schemas/plan.ts';
import { LEVELS } from '../../../shared/schemas/fields.ts';
import { todayIso } from '../../i18n/dates.ts';
import { LEVEL_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { DateField } from '../../ui/date-field.tsx';
import { fieldBinder, nullableNumber } from '../../ui/field-props.ts';
import { Select, TextInput } from '../../ui/fields.tsx';
import { UnitChecklist } from '../../ui/unit-checklist.tsx';
import { useUnitTree } from '../../ui/use-scope.ts';
import { Button } from '../../ui/button.tsx';

const KIND_LABEL = { forum: 'Tổ chức diễn đàn', report: 'Gửi báo cáo' } as const;

function TargetUnits({ form, index }: { form: UseFormReturn<Plan>; index: number }) {
  const t = useT();
  const tree = useUnitTree();
  const level = useWatch({ control: form.control, name: `deadlines.${index}.level` });
  const units = tree
    .active()
    .filter((unit) => unit.level === (level === 'national' ? 'province' : level));
  return (
    <Controller
      control={form.control}
      name={`deadlines.${index}.targetUnits`}
      render={({ field }) => {
        const chosen = field.value ?? [];
        return (
          <UnitChecklist
            className="target-units"
            summary={
              chosen.length === 0
                ? t('Đơn vị phải thực hiện: tất cả đơn vị {level}', {
                    level: t(LEVEL_LABEL[level]).toLowerCase(),
                  })
                : t('Đơn vị phải thực hiện: {n} đơn vị', { n: chosen.length })
            }
            units={units}
            chosen={chosen}
            onChange={field.onChange}
            withCodes
          />
        );
      }}
    />
  );
}

export function DeadlinesEditor({ form }: { form: UseFormReturn<Plan> }) {
  const t = useT();
  const { register, control } = form;
  const field = fieldBinder(form);
  const deadlines = useFieldArray({ control, name: 'deadlines' });
  return (
    <fieldset>
      <legend>{t('Thời hạn')}</legend>
      {deadlines.fields.map((deadline, index) => (
        <fieldset key={deadline.id} className="deadline-editor">
          <legend>{t('Thời hạn {n}', { n: index + 1 })}</legend>
          <TextInput label={t('Nội dung')} {...field(`deadlines.${index}.title`)} />
          <div className="row">
            <Select
              label={t('Việc')}
              {...register(`deadlines.${index}.kind`)}
              options={DEADLINE_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABEL[kind]) }))}
            />
            <Select
              label={t('Cấp')}
              {...register(`deadlines.${index}.level`)}
              options={LEVELS.map((level) => ({ value: level, label: t(LEVEL_LABEL[level]) }))}
            />
          </div>
          <div className="row">
            <DateField control={control} name={`deadlines.${index}.due`} label={t('Hạn chót')} />
            <TextInput
              label={t('Hoặc trong số ngày sau diễn đàn')}
              type="number"
              inputMode="numeric"
              min={1}
              {...field(`deadlines.${index}.withinDays`, nullableNumber)}
            />
          </div>
          <TargetUnits form={form} index={index} />
          <Button onClick={() => deadlines.remove(index)}>{t('Bỏ thời hạn này')}</Button>
        </fieldset>
      ))}
      <Button
        onClick={() =>
          deadlines.append({
            code: `deadline-${Date.now().toString(36)}`,
            level: 'commune',
            kind: 'forum',
            title: '',
            due: todayIso(),
            withinDays: null,
            targetUnits: [],
          })
        }
      >
        + {t('Thêm thời hạn')}
      </Button>
    </fieldset>
  );
}
