// Changing one unit: rename, retype or move it from a date (or correct it), or add a unit below it.
import { useState } from 'react';
import { DEFAULT_LEVEL_OF_TYPE, UNIT_TYPES, type UnitType } from '../../../shared/schemas/unit.ts';
import { todayIso } from '../../i18n/dates.ts';
import { useT } from '../../i18n/locale.ts';
import { Select, TextInput } from '../../ui/fields.tsx';
import { useApiAction } from '../../ui/use-api-action.ts';
import {
  EffectiveDate,
  Frame,
  NewUnitFields,
  RANK,
  typeOptions,
  type FormProps,
} from './unit-form-parts.tsx';
import { UnitPicker } from './unit-picker.tsx';
import { createUnit, editUnit, type NewUnitInput } from './units-api.ts';
import { oneOf } from '../../../shared/one-of.ts';
import { Checkbox } from '../../ui/checkbox.tsx';

export function EditUnitForm({ tree, unit, onDone }: FormProps) {
  const t = useT();
  const action = useApiAction();
  const { errors } = action;
  const [name, setName] = useState(unit.name);
  const [type, setType] = useState<UnitType>(unit.type);
  const [parentCode, setParentCode] = useState(unit.parentCode ?? '');
  const [effective, setEffective] = useState(todayIso());
  const [correction, setCorrection] = useState(false);
  const parents = tree.active().filter((other) => RANK[other.level] < RANK[unit.level]);
  return (
    <Frame
      title={t('Đổi tên, loại hoặc đơn vị cấp trên')}
      action={action}
      onDone={onDone}
      submit={() =>
        editUnit(unit.code, {
          effective: correction ? null : effective,
          name,
          type,
          parentCode: parentCode || null,
        })
      }
    >
      <TextInput
        label={t('Tên đơn vị')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors['name']}
      />
      <Select
        label={t('Loại đơn vị')}
        value={type}
        onChange={(event) => setType(oneOf(UNIT_TYPES, event.target.value) ?? type)}
        options={typeOptions(t)}
      />
      {unit.level !== 'province' && (
        <UnitPicker
          tree={tree}
          units={parents}
          value={parentCode}
          onChange={setParentCode}
          label={t('Đơn vị cấp trên')}
          error={errors['parentCode']}
        />
      )}
      <Checkbox
        label={t('Chỉ sửa lỗi nhập (không ghi lại lịch sử)')}
        checked={correction}
        onChange={setCorrection}
      />
      {!correction && (
        <EffectiveDate value={effective} onChange={setEffective} error={errors['effective']} />
      )}
    </Frame>
  );
}

export function AddChildForm({ unit, onDone }: FormProps) {
  const t = useT();
  const action = useApiAction();
  const { errors } = action;
  // A new unit under a province (two tiers since 1 July 2025) or under a district (before) is a
  // commune unless the form says otherwise: ward and special zone are chosen in the form.
  const childType: UnitType = 'commune';
  const [value, setValue] = useState<NewUnitInput>({
    code: `${unit.code}/`,
    name: '',
    type: childType,
    level: DEFAULT_LEVEL_OF_TYPE[childType],
    parentCode: unit.code,
    validFrom: todayIso(),
  });
  return (
    <Frame
      title={t('Thêm đơn vị trực thuộc {name}', { name: unit.name })}
      action={action}
      onDone={onDone}
      submit={() => createUnit(value)}
    >
      <NewUnitFields value={value} onChange={setValue} errors={errors} />
      <EffectiveDate
        value={value.validFrom ?? ''}
        onChange={(validFrom) => setValue({ ...value, validFrom })}
        error={errors['validFrom']}
      />
    </Frame>
  );
}
