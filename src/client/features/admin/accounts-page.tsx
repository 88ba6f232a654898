// Accounts, for those who manage them (an administrator: everyone; province staff: the field staff
// of the province; district staff: their communes' collaborators): find, create, change, disable,
// reset a forgotten password. Each change is audited on the server.
import { useEffect, useMemo, useState } from 'react';
import { fold } from '../../../shared/text/fold.ts';
import { ROLE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { useUser } from '../../session/store.ts';
import { ApiError } from '../../sync/api.ts';
import { useUnitTree } from '../../ui/use-scope.ts';
import { AccountForm, rolesFor, type AccountValues } from './account-form.tsx';
import {
  createAccount,
  fetchAccounts,
  resetPassword,
  unlockAccount,
  updateAccount,
  type Account,
} from './accounts-api.ts';
import { OneTimePassword } from './one-time-password.tsx';
import { SearchBox } from '../../ui/search-results.tsx';
import { Button } from '../../ui/button.tsx';
import { Failure } from '../../ui/failure.tsx';

type Editing = { kind: 'new' } | { kind: 'edit'; account: Account } | null;

function AccountRow({
  account,
  unitName,
  onEdit,
  onChanged,
  onPassword,
}: {
  account: Account;
  unitName: string;
  onEdit: () => void;
  onChanged: () => void;
  onPassword: (password: string) => void;
}) {
  const t = useT();
  const user = useUser();
  const [failure, setFailure] = useState('');
  const act = async (work: () => Promise<unknown>) => {
    setFailure('');
    try {
      await work();
      onChanged();
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.kind === 'offline'
          ? t('Cần có mạng để thay đổi tài khoản.')
          : t('Chưa thực hiện được. Hãy thử lại.'),
      );
    }
  };
  return (
    <li className={`list__item account${account.disabled ? ' account--disabled' : ''}`}>
      <div>
        <strong>{account.displayName}</strong> <span className="muted">({account.username})</span>
        <small>
          {t(ROLE_LABEL[account.role])} · {unitName}{' '}
          <span className="muted">{account.unitCode}</span>
          {account.disabled && ` · ${t('Đã khóa')}`}
          {account.mustChangePassword === true && ` · ${t('Chờ đổi mật khẩu tạm thời')}`}
        </small>
      </div>
      <div className="actions">
        <Button onClick={onEdit}>{t('Sửa')}</Button>
        <Button
          onClick={() =>
            void act(async () => onPassword((await resetPassword(account.id)).oneTimePassword))
          }
        >
          {t('Đặt lại mật khẩu')}
        </Button>
        <Button
          onClick={() => void act(() => updateAccount(account.id, { disabled: !account.disabled }))}
        >
          {account.disabled ? t('Mở khóa tài khoản') : t('Khóa tài khoản')}
        </Button>
        {user.role === 'admin' && (
          <Button onClick={() => void act(() => unlockAccount(account.id))}>
            {t('Gỡ chặn đăng nhập')}
          </Button>
        )}
      </div>
      <Failure text={failure} />
    </li>
  );
}

export function AccountsPage() {
  const t = useT();
  const user = useUser();
  const tree = useUnitTree();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [offline, setOffline] = useState(false);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const load = () =>
    fetchAccounts().then((result) => {
      setAccounts(result.accounts);
      setOffline(result.offline);
    });
  useEffect(() => {
    void load();
  }, []);
  const found = useMemo(() => {
    const folded = fold(query);
    return (accounts ?? []).filter(
      (account) =>
        folded === '' ||
        fold(
          `${account.displayName} ${account.username} ${account.unitCode} ${tree.name(account.unitCode)}`,
        ).includes(folded),
    );
  }, [accounts, query, tree]);

  const save = async (values: AccountValues) => {
    if (editing?.kind === 'edit') {
      await updateAccount(editing.account.id, {
        displayName: values.displayName,
        role: values.role,
        unitCode: values.unitCode,
      });
    } else {
      const created = await createAccount(values);
      setShown({ username: values.username, password: created.oneTimePassword });
    }
    setEditing(null);
    await load();
  };

  if (accounts === null) return <p>{t('Đang tải…')}</p>;
  const firstRole = rolesFor(user).at(-1) ?? 'collaborator';
  return (
    <section>
      <div className="page-head">
        <h1>{t('Tài khoản người dùng')}</h1>
        <Button primary onClick={() => setEditing({ kind: 'new' })}>
          + {t('Thêm tài khoản')}
        </Button>
      </div>
      {offline && (
        <p className="warning" role="status">
          {t('Không có mạng: danh sách là bản lưu lần trước; cần có mạng để thay đổi.')}
        </p>
      )}
      {shown && (
        <OneTimePassword
          username={shown.username}
          password={shown.password}
          onDone={() => setShown(null)}
        />
      )}
      {editing && (
        <AccountForm
          manager={user}
          tree={tree}
          editing={editing.kind === 'edit'}
          initial={
            editing.kind === 'edit'
              ? editing.account
              : { username: '', displayName: '', role: firstRole, unitCode: '' }
          }
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      <SearchBox
        label={t('Tìm tài khoản (tên, tên đăng nhập, đơn vị)')}
        value={query}
        onChange={setQuery}
      />
      <p role="status" className="muted">
        {t('{n} tài khoản', { n: found.length })}
      </p>
      <ul className="list accounts">
        {found.map((account) => (
          <AccountRow
            key={account.id}
            account={account}
            unitName={tree.name(account.unitCode)}
            onEdit={() => setEditing({ kind: 'edit', account })}
            onChanged={() => void load()}
            onPassword={(password) => setShown({ username: account.username, password })}
          />
        ))}
      </ul>
    </section>
  );
}
