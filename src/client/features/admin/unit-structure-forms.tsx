// Reorganising: a unit merged into another (or with others into a new one), split into several,
// or dissolved — each from a date; records keep their units, the ended unit names its successors.
import { useState } from 'react';
import { todayIso } from '../../i18n/dates.ts';
import { useT } from '../../i18n/locale.ts';
import { useApiAction } from '../../ui/use-api-action.ts';
import { EffectiveDate, Frame, NewUnitFields, RANK, type FormProps } from './unit-form-parts.tsx';
import { UnitPicker } from './unit-picker.tsx';
import { endUnit, mergeUnits, splitUnit, type NewUnitInput } from './units-api.ts';
import { Checkbox } from '../../ui/checkbox.tsx';
import { Button } from '../../ui/button.tsx';

export function MergeForm({ tree, unit, onDone }: FormProps) {
  const t = useT();
  const action = useApiAction();
  const { errors } = action;
  const [into, setInto] = useState('');
  const [newUnit, setNewUnit] = useState<NewUnitInput | null>(null);
  const [others, setOthers] = useState<string[]>([]);
  const [effective, setEffective] = useState(todayIso());
  const [moveAccounts, setMoveAccounts] = useState(true);
  const peers = tree
    .active()
    .filter((other) => other.level === unit.level && other.code !== unit.code);
  return (
    <Frame
      title={t('Sáp nhập {name}', { name: unit.name })}
      action={action}
      onDone={onDone}
      submit={() =>
        mergeUnits({
          sources: [unit.code, ...others],
          into: newUnit ?? into,
          effective,
          moveAccounts,
        })
      }
    >
      <UnitPicker
        tree={tree}
        units={peers.filter((peer) => !others.includes(peer.code))}
        value=""
        onChange={(code) => code && setOthers([...others, code])}
        label={t('Cùng sáp nhập với (nếu có)')}
      />
      {others.length > 0 && <p>{others.map((code) => tree.name(code)).join(', ')}</p>}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={newUnit !== null}
          onChange={(event) =>
            setNewUnit(
              event.target.checked
                ? {
                    code: '',
                    name: '',
                    type: unit.type,
                    level: unit.level,
                    parentCode: unit.parentCode,
                  }
                : null,
            )
          }
        />
        {t('Thành lập đơn vị mới từ các đơn vị này')}
      </label>
      {newUnit ? (
        <>
          <NewUnitFields value={newUnit} onChange={setNewUnit} errors={errors} prefix="into." />
          <UnitPicker
            tree={tree}
            units={tree.active().filter((other) => RANK[other.level] < RANK[unit.level])}
            value={newUnit.parentCode ?? ''}
            onChange={(parentCode) => setNewUnit({ ...newUnit, parentCode })}
            label={t('Đơn vị cấp trên của đơn vị mới')}
          />
        </>
      ) : (
        <UnitPicker
          tree={tree}
          units={peers.filter((peer) => !others.includes(peer.code))}
          value={into}
          onChange={setInto}
          label={t('Sáp nhập vào')}
          error={errors['into']}
        />
      )}
      <EffectiveDate value={effective} onChange={setEffective} error={errors['effective']} />
      <Checkbox
        label={t('Chuyển các tài khoản sang đơn vị nhận')}
        checked={moveAccounts}
        onChange={setMoveAccounts}
      />
      <p className="field__hint">
        {t(
          'Dữ liệu cũ vẫn giữ đơn vị cũ; báo cáo các năm trước vẫn theo đơn vị cũ, các năm sau theo đơn vị mới.',
        )}
      </p>
    </Frame>
  );
}

export function SplitForm({ unit, onDone }: FormProps) {
  const t = useT();
  const action = useApiAction();
  const { errors } = action;
  const blank = (): NewUnitInput => ({
    code: '',
    name: '',
    type: unit.type,
    level: unit.level,
    parentCode: unit.parentCode,
  });
  const [parts, setParts] = useState<NewUnitInput[]>([blank(), blank()]);
  const [effective, setEffective] = useState(todayIso());
  return (
    <Frame
      title={t('Chia tách {name}', { name: unit.name })}
      action={action}
      onDone={onDone}
      submit={() => splitUnit(unit.code, { effective, into: parts })}
    >
      {parts.map((part, index) => (
        <fieldset key={index}>
          <legend>{t('Đơn vị mới {n}', { n: index + 1 })}</legend>
          <NewUnitFields
            value={part}
            onChange={(next) => setParts(parts.map((other, at) => (at === index ? next : other)))}
            errors={errors}
            prefix={`into.${index}.`}
          />
        </fieldset>
      ))}
      <Button onClick={() => setParts([...parts, blank()])}>+ {t('Thêm đơn vị mới')}</Button>
      <EffectiveDate value={effective} onChange={setEffective} error={errors['effective']} />
    </Frame>
  );
}

export function EndForm({ tree, unit, onDone }: FormProps) {
  const t = useT();
  const action = useApiAction();
  const { errors } = action;
  const [effective, setEffective] = useState(todayIso());
  const [successor, setSuccessor] = useState('');
  return (
    <Frame
      title={t('Giải thể {name}', { name: unit.name })}
      action={action}
      onDone={onDone}
      submit={() => endUnit(unit.code, { effective, successors: successor ? [successor] : [] })}
    >
      <p className="field__hint">
        {t(
          'Các đơn vị trực thuộc phải được chuyển đi trước, trừ khi có một đơn vị kế thừa tất cả.',
        )}
      </p>
      <UnitPicker
        tree={tree}
        units={tree
          .active()
          .filter((other) => other.code !== unit.code && other.level === unit.level)}
        value={successor}
        onChange={setSuccessor}
        label={t('Đơn vị kế thừa (nếu có)')}
      />
      <EffectiveDate value={effective} onChange={setEffective} error={errors['effective']} />
    </Frame>
  );
}
