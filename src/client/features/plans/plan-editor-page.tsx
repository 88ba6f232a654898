// One year's plan, edited by province staff: its document, its themes (any number; reworded,
// reordered, added, retired — never removed once used), its deadlines and who must meet them, and
// the fewest children a forum of each level should have. Earlier years are read-only.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useLocation } from 'wouter';
import { newThemeCode, planOfYear } from '../../../shared/plans/plan-year.ts';
import { planSchema, type Plan } from '../../../shared/schemas/plan.ts';
import { LEVELS } from '../../../shared/schemas/fields.ts';
import { stripLocal } from '../../db/schema.ts';
import { LEVEL_LABEL, NOT_ON_DEVICE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { DateField } from '../../ui/date-field.tsx';
import { FieldError, TextInput } from '../../ui/fields.tsx';
import { useRecordForm } from '../../ui/use-record-form.ts';
import { usePlans } from '../../ui/use-scope.ts';
import { DeadlinesEditor } from './deadlines-editor.tsx';
import { FormCard } from '../../ui/form-card.tsx';
import { Failure } from '../../ui/failure.tsx';
import { Button } from '../../ui/button.tsx';
import { useRouteParam } from '../../ui/use-route-param.ts';

export function PlanEditorPage() {
  const id = useRouteParam('id') ?? '';
  const t = useT();
  const plan = useLiveQuery(async () => (await db.plans.get(id)) ?? null, [id]);
  const inUse = useLiveQuery(
    async () =>
      new Set(
        (await db.recommendations.filter((r) => r.planId === id).toArray()).map((r) => r.themeCode),
      ),
    [id],
  );
  const plans = usePlans();
  const user = useUser();
  if (plan === undefined || inUse === undefined) return <p>{t('Đang tải…')}</p>;
  if (!plan) return <p>{t(NOT_ON_DEVICE_LABEL.plan)}</p>;
  const current = planOfYear(plans, new Date().getFullYear());
  const editable = user.role === 'province' && plan.year >= (current?.year ?? plan.year);
  return <PlanEditor id={id} initial={stripLocal(plan)} inUse={inUse} editable={editable} />;
}

function PlanEditor({
  id,
  initial,
  inUse,
  editable,
}: {
  id: string;
  initial: Plan;
  inUse: ReadonlySet<string>;
  editable: boolean;
}) {
  const t = useT();
  const [, navigate] = useLocation();
  const [newTheme, setNewTheme] = useState('');
  const [themeMessage, setThemeMessage] = useState<string | null>(null);
  const { form, errors, failure, save, field } = useRecordForm({
    entity: 'plan',
    schema: planSchema,
    id,
    defaults: initial,
    record: initial,
  });
  const { register, control, formState } = form;
  const themes = useFieldArray({ control, name: 'themes' });
  const watched = useWatch({ control, name: 'themes' });
  const onSubmit = save(() => navigate('/plans'));

  const addTheme = () => {
    const title = newTheme.trim();
    if (!title) return;
    themes.append({ code: newThemeCode(watched, title), title });
    setNewTheme('');
  };
  const removeTheme = (index: number) => {
    const theme = watched[index];
    if (theme && inUse.has(theme.code)) {
      setThemeMessage(
        t(
          'Chủ đề «{title}» đã có kiến nghị nên không xóa được; đã chuyển sang «Ngừng dùng» để giữ cho báo cáo.',
          {
            title: theme.title,
          },
        ),
      );
      form.setValue(`themes.${index}.retired`, true, { shouldDirty: true });
      return;
    }
    setThemeMessage(null);
    themes.remove(index);
  };

  return (
    <FormCard label={t('Kế hoạch')} onSubmit={onSubmit} className="card form plan-editor">
      <h1>{t('Kế hoạch năm {year}', { year: initial.year })}</h1>
      {!editable && (
        <p className="notice">{t('Kế hoạch của năm đã qua: chỉ xem, vẫn dùng được để báo cáo.')}</p>
      )}
      <fieldset disabled={!editable} className="plan-editor__fields">
        <TextInput label={t('Tên kế hoạch')} {...field('title')} />
        <TextInput label={t('Cơ quan ban hành')} {...field('issuer')} />
        <div className="row">
          <TextInput label={t('Số văn bản')} {...field('documentNumber')} />
          <DateField control={control} name="documentDate" label={t('Ngày ban hành')} optional />
        </div>
        <TextInput label={t('Chủ đề chung')} {...field('overallTheme')} />

        <fieldset>
          <legend>{t('Các chủ đề')}</legend>
          {themeMessage && (
            <p className="warning" role="status">
              {themeMessage}
            </p>
          )}
          <ol className="themes-editor">
            {themes.fields.map((theme, index) => (
              <li key={theme.id} className={watched[index]?.retired ? 'theme--retired' : ''}>
                <TextInput
                  label={t('Chủ đề {n}', { n: index + 1 })}
                  {...field(`themes.${index}.title`)}
                />
                <div className="actions">
                  <Button disabled={index === 0} onClick={() => themes.move(index, index - 1)}>
                    {t('Lên')}
                  </Button>
                  <Button
                    disabled={index === themes.fields.length - 1}
                    onClick={() => themes.move(index, index + 1)}
                  >
                    {t('Xuống')}
                  </Button>
                  <label className="checkbox">
                    <input type="checkbox" {...register(`themes.${index}.retired`)} />
                    {t('Ngừng dùng')}
                  </label>
                  <Button onClick={() => removeTheme(index)}>{t('Xóa')}</Button>
                </div>
              </li>
            ))}
          </ol>
          <div className="row">
            <TextInput
              label={t('Chủ đề mới')}
              value={newTheme}
              onChange={(event) => setNewTheme(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addTheme();
                }
              }}
            />
            <Button onClick={addTheme}>+ {t('Thêm chủ đề')}</Button>
          </div>
          <FieldError message={errors.themes?.message} />
        </fieldset>

        <DeadlinesEditor form={form} />

        <fieldset>
          <legend>{t('Số trẻ em tối thiểu mỗi diễn đàn')}</legend>
          <div className="row">
            {LEVELS.map((level) => (
              <TextInput
                key={level}
                label={t(LEVEL_LABEL[level])}
                type="number"
                inputMode="numeric"
                min={0}
                {...field(`minimumChildren.${level}`, { valueAsNumber: true })}
              />
            ))}
          </div>
        </fieldset>
      </fieldset>
      <Failure text={failure} />
      {editable && (
        <div className="actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={formState.isSubmitting}
          >
            {t('Lưu kế hoạch')}
          </button>
          <Button onClick={() => navigate('/plans')}>{t('Hủy')}</Button>
        </div>
      )}
    </FormCard>
  );
}
