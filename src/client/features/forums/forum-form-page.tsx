// Create or edit a forum session. Counts of children, never names. The unit is one the user may
// write; the forum's level follows the unit (a commune holds commune forums), as the server checks.
import { useWatch } from 'react-hook-form';
import { useLocation } from 'wouter';
import { forumLevelsOf } from '../../../shared/rules/tree-rules.ts';
import {
  FORUM_STATUSES,
  NO_ONE_COUNTED,
  forumSchema,
  forumWarnings,
  type Forum,
} from '../../../shared/schemas/forum.ts';
import { stripLocal, type EntityRows } from '../../db/schema.ts';
import { todayIso } from '../../i18n/dates.ts';
import { FORUM_STATUS_LABEL, LEVEL_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { useUser } from '../../session/store.ts';
import { DateField } from '../../ui/date-field.tsx';
import { FieldError, Select, TextInput, unitOptions } from '../../ui/fields.tsx';
import { useRecordForm } from '../../ui/use-record-form.ts';
import { ForumRecommendations } from './forum-recommendations.tsx';
import { RecordPage } from '../../ui/record-page.tsx';
import { useLoadedPlans, useUnitTree, useUnitsInScope } from '../../ui/use-scope.ts';
import { FormFooter } from '../../ui/form-footer.tsx';
import { FormCard } from '../../ui/form-card.tsx';
import { useRouteParam } from '../../ui/use-route-param.ts';

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

export function ForumFormPage() {
  const id = useRouteParam('id');
  const t = useT();
  const plans = useLoadedPlans();
  if (plans === undefined) return <p>{t('Đang tải…')}</p>;
  return (
    <RecordPage entity="forum" id={id}>
      {(record) => (
        <>
          <ForumForm id={id} plans={plans} initial={record ? stripLocal(record) : null} />
          {id && <ForumRecommendations forumId={id} />}
        </>
      )}
    </RecordPage>
  );
}

function ForumForm({
  id,
  plans,
  initial,
}: {
  id: string | undefined;
  plans: EntityRows['plan'][];
  initial: Forum | null;
}) {
  const t = useT();
  const user = useUser();
  const tree = useUnitTree();
  const units = useUnitsInScope(user);
  const [, navigate] = useLocation();
  const defaults: Forum = initial ?? {
    planId: plans[0]?.id ?? '',
    level:
      user.role === 'collaborator' ? 'commune' : user.role === 'district' ? 'district' : 'province',
    unitCode: user.unitCode,
    date: todayIso(),
    venue: '',
    organiser: '',
    status: 'planned',
    ...NO_ONE_COUNTED,
  };
  const { form, errors, save, field, footer } = useRecordForm({
    entity: 'forum',
    schema: forumSchema,
    id,
    defaults,
    record: initial,
  });
  const { control, setValue } = form;
  const values = useWatch({ control });
  const plan = plans.find((p) => p.id === values.planId) ?? plans[0];
  const levels = forumLevelsOf(tree, values.unitCode ?? user.unitCode);
  const warnings = forumWarnings(
    { ...defaults, ...values, childrenTotal: Number(values.childrenTotal) || 0 },
    plan?.minimumChildren[values.level ?? 'commune'],
  );
  const onSubmit = save(() => navigate('/forums'));

  return (
    <FormCard label={t('Diễn đàn')} onSubmit={onSubmit}>
      <h1>{initial ? t('Sửa diễn đàn') : t('Thêm diễn đàn')}</h1>
      <Select
        label={t('Kế hoạch')}
        {...field('planId')}
        options={plans.map((p) => ({ value: p.id, label: p.title }))}
      />
      <Select
        label={t('Đơn vị')}
        {...field('unitCode', {
          onChange: (event: { target: { value: string } }) => {
            const allowed = forumLevelsOf(tree, event.target.value);
            if (allowed[0]) setValue('level', allowed[0]);
          },
        })}
        options={unitOptions(units)}
      />
      {levels.length > 1 ? (
        <Select
          label={t('Cấp diễn đàn')}
          {...field('level')}
          options={levels.map((level) => ({ value: level, label: t(LEVEL_LABEL[level]) }))}
        />
      ) : (
        <p className="field">
          <span className="field__label">{t('Cấp diễn đàn')}</span>
          <strong>{t(LEVEL_LABEL[levels[0] ?? values.level ?? 'commune'])}</strong>
          <FieldError message={errors.level?.message} />
        </p>
      )}
      <DateField control={control} name="date" label={t('Ngày tổ chức')} />
      <TextInput label={t('Địa điểm')} {...field('venue')} />
      <TextInput label={t('Đơn vị tổ chức')} {...field('organiser')} />
      <Select
        label={t('Trạng thái')}
        {...field('status')}
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
            {...field(name, { valueAsNumber: true })}
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
      <FormFooter {...footer} onCancel={() => navigate('/forums')} />
    </FormCard>
  );
}
