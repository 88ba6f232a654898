// The unit's letterhead: who issues its documents, where, who signs and who receives them. Kept
// per unit and synced, so the office that does children's work can change (as it did in 2025)
// without a new version of the app.
import { useLiveQuery } from 'dexie-react-hooks';
import { Controller } from 'react-hook-form';
import { useLocation } from 'wouter';
import { letterheadSchema, type Letterhead } from '../../../shared/schemas/letterhead.ts';
import { placeName } from '../../../shared/text/unit-names.ts';
import { stripLocal } from '../../db/schema.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { TextArea, TextInput } from '../../ui/fields.tsx';
import { useRecordForm } from '../../ui/use-record-form.ts';
import { useUnitName } from '../../ui/use-scope.ts';
import { FormFooter } from '../../ui/form-footer.tsx';
import { FormCard } from '../../ui/form-card.tsx';

export function LetterheadPage() {
  const t = useT();
  const user = useUser();
  const existing = useLiveQuery(
    async () => (await db.letterheads.get(user.unitCode)) ?? null,
    [user.unitCode],
  );
  const unitName = useUnitName(user.unitCode);
  if (existing === undefined) return <p>{t('Đang tải…')}</p>;
  return (
    <LetterheadForm
      unitCode={user.unitCode}
      unitName={unitName}
      initial={existing ? stripLocal(existing) : null}
    />
  );
}

function LetterheadForm({
  unitCode,
  unitName,
  initial,
}: {
  unitCode: string;
  unitName: string;
  initial: Letterhead | null;
}) {
  const t = useT();
  const [, navigate] = useLocation();
  const defaults: Letterhead = initial ?? {
    unitCode,
    parentBody: '',
    issuingBody: '',
    numberSuffix: 'BC',
    place: placeName(unitName),
    signerTitle: '',
    signerName: '',
    recipients: ['Lưu: VT.'],
  };
  const { form, errors, save, field, footer } = useRecordForm({
    entity: 'letterhead',
    mutation: 'letterhead.upsert',
    schema: letterheadSchema,
    id: unitCode,
    defaults,
    record: initial,
  });
  const { control } = form;
  const onSubmit = save(() => navigate('/reports'));
  return (
    <FormCard label={t('Thông tin văn bản')} onSubmit={onSubmit}>
      <h1>{t('Thông tin văn bản của đơn vị')}</h1>
      <p className="muted">{unitName}</p>
      <TextInput
        label={t('Cơ quan chủ quản')}
        hint={t('Ví dụ: UBND huyện Kon Rẫy. Để trống nếu không có.')}
        {...field('parentBody')}
      />
      <TextInput
        label={t('Cơ quan ban hành')}
        hint={t('Ví dụ: Phòng Văn hóa - Xã hội; Sở Y tế.')}
        {...field('issuingBody')}
      />
      <div className="row">
        <TextInput label={t('Ký hiệu văn bản')} {...field('numberSuffix')} />
        <TextInput label={t('Địa danh')} {...field('place')} />
      </div>
      <div className="row">
        <TextInput label={t('Chức vụ người ký')} {...field('signerTitle')} />
        <TextInput label={t('Họ tên người ký')} {...field('signerName')} />
      </div>
      <Controller
        control={control}
        name="recipients"
        render={({ field, fieldState }) => (
          <TextArea
            label={t('Nơi nhận (mỗi dòng một nơi)')}
            name={field.name}
            value={field.value.join('\n')}
            onChange={(event) => field.onChange(event.target.value.split('\n'))}
            onBlur={() => {
              field.onChange(field.value.map((line) => line.trim()).filter(Boolean));
              field.onBlur();
            }}
            error={fieldState.error?.message ?? errors.recipients?.[0]?.message}
          />
        )}
      />
      <FormFooter {...footer} />
    </FormCard>
  );
}
