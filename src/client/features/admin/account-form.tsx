// Creating an account, or changing one's name, role or unit: the roles offered are those the
// manager may give, and the units those that fit the role (a collaborator on a commune, …).
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod/mini';
import { text } from '../../../shared/schemas/fields.ts';
import { ROLES, usernameSchema, type Role } from '../../../shared/schemas/user.ts';
import { LEVEL_OF_ROLE, mayManage, type Viewer } from '../../../shared/units/scope.ts';
import type { UnitTree } from '../../../shared/units/unit-tree.ts';
import { ROLE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { Select, TextInput } from '../../ui/fields.tsx';
import { reportApiError } from '../../ui/problem-errors.ts';
import { UnitPicker } from './unit-picker.tsx';
import { FormFooter } from '../../ui/form-footer.tsx';
import { FormCard } from '../../ui/form-card.tsx';
import { fieldBinder } from '../../ui/field-props.ts';

const accountSchema = z.strictObject({
  username: usernameSchema,
  displayName: text(200),
  role: z.enum(ROLES),
  unitCode: z.string().check(z.minLength(1, 'Chọn đơn vị')),
});
export type AccountValues = z.infer<typeof accountSchema>;

/** The roles a manager may give. */
export function rolesFor(manager: Viewer): Role[] {
  if (manager.role === 'admin') return [...ROLES];
  if (manager.role === 'province') return ['district', 'collaborator'];
  if (manager.role === 'district') return ['collaborator'];
  return [];
}

export function AccountForm({
  manager,
  tree,
  initial,
  editing,
  onSave,
  onCancel,
}: {
  manager: Viewer;
  tree: UnitTree;
  initial: AccountValues;
  editing: boolean;
  onSave: (values: AccountValues) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [failure, setFailure] = useState('');
  const form = useForm<AccountValues>({
    resolver: zodResolver(accountSchema),
    defaultValues: initial,
  });
  const { control, handleSubmit, formState, setError } = form;
  const field = fieldBinder(form);
  const role = useWatch({ control, name: 'role' });
  const units = tree
    .active()
    .filter(
      (unit) =>
        unit.level === LEVEL_OF_ROLE[role] &&
        mayManage(tree, manager, { id: '', role, unitCode: unit.code }),
    );
  const onSubmit = handleSubmit(async (values) => {
    setFailure('');
    try {
      await onSave(values);
    } catch (error) {
      setFailure(reportApiError(error, setError, ['username', 'displayName', 'role', 'unitCode']));
    }
  });
  return (
    <FormCard label={t('Tài khoản')} onSubmit={onSubmit}>
      <h2>{editing ? t('Sửa tài khoản') : t('Thêm tài khoản')}</h2>
      <TextInput
        label={t('Tên đăng nhập')}
        autoCapitalize="none"
        readOnly={editing}
        {...field('username')}
      />
      <TextInput label={t('Họ và tên')} {...field('displayName')} />
      <Select
        label={t('Vai trò')}
        {...field('role')}
        options={rolesFor(manager).map((value) => ({ value, label: t(ROLE_LABEL[value]) }))}
      />
      <Controller
        control={control}
        name="unitCode"
        render={({ field, fieldState }) => (
          <UnitPicker
            tree={tree}
            units={units}
            value={field.value}
            onChange={field.onChange}
            label={t('Đơn vị')}
            error={fieldState.error?.message}
          />
        )}
      />
      {!editing && (
        <p className="field__hint">
          {t('Máy chủ tạo một mật khẩu tạm thời, hiện một lần sau khi lưu.')}
        </p>
      )}
      <FormFooter failure={failure} busy={formState.isSubmitting} onCancel={onCancel} />
    </FormCard>
  );
}
