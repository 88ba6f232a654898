// What every unit form shares: the frame with save and cancel, a new unit's fields, the date a
// change takes effect.
import type { ReactNode } from 'react';
import { DEFAULT_LEVEL_OF_TYPE, UNIT_TYPES, type UnitLevel } from '../../../shared/schemas/unit.ts';
import type { UnitState, UnitTree } from '../../../shared/units/unit-tree.ts';
import { UNIT_TYPE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { DateInput } from '../../ui/date-input.tsx';
import { Select, TextInput } from '../../ui/fields.tsx';
import type { NewUnitInput } from './units-api.ts';
import { FormFooter } from '../../ui/form-footer.tsx';
import { FormCard } from '../../ui/form-card.tsx';
import { oneOf } from '../../../shared/one-of.ts';
import type { ApiAction } from '../../ui/use-api-action.ts';

export const RANK: Record<UnitLevel, number> = { province: 0, district: 1, commune: 2 };
export const typeOptions = (t: (text: string) => string) =>
  UNIT_TYPES.map((type) => ({ value: type, label: t(UNIT_TYPE_LABEL[type]) }));

/** A unit form: its fields, then save (which sends `submit` to the server) and cancel. */
export function Frame({
  title,
  action,
  submit,
  onDone,
  children,
}: {
  title: string;
  action: ApiAction;
  submit: () => Promise<unknown>;
  /** Told when the form closes: saved, or cancelled. */
  onDone: () => void;
  children: ReactNode;
}) {
  return (
    <FormCard
      label={title}
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(submit).then((ok) => ok && onDone());
      }}
    >
      <h2>{title}</h2>
      {children}
      <FormFooter
        failure={action.failure}
        busy={action.busy}
        onCancel={onDone}
        saveLabel="Lưu thay đổi"
      />
    </FormCard>
  );
}

export function NewUnitFields({
  value,
  onChange,
  errors,
  prefix = '',
}: {
  value: NewUnitInput;
  onChange: (next: NewUnitInput) => void;
  errors: Record<string, string>;
  prefix?: string;
}) {
  const t = useT();
  return (
    <>
      <TextInput
        label={t('Mã đơn vị (không dấu, không đổi về sau)')}
        value={value.code}
        onChange={(event) => onChange({ ...value, code: event.target.value.trim().toLowerCase() })}
        error={errors[`${prefix}code`]}
      />
      <TextInput
        label={t('Tên đơn vị')}
        value={value.name}
        onChange={(event) => onChange({ ...value, name: event.target.value })}
        error={errors[`${prefix}name`]}
      />
      <Select
        label={t('Loại đơn vị')}
        value={value.type}
        onChange={(event) => {
          const type = oneOf(UNIT_TYPES, event.target.value);
          if (type) onChange({ ...value, type, level: DEFAULT_LEVEL_OF_TYPE[type] });
        }}
        options={typeOptions(t)}
      />
    </>
  );
}

export function EffectiveDate({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (iso: string) => void;
  error?: string | undefined;
}) {
  const t = useT();
  return (
    <DateInput label={t('Ngày có hiệu lực')} value={value} onChange={onChange} error={error} />
  );
}

export interface FormProps {
  tree: UnitTree;
  unit: UnitState;
  onDone: () => void;
}
