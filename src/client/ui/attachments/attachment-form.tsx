// Adding a file to a record: take a photo or choose a scan, say what it is and whether children
// appear in it. A photo is compressed as soon as it is chosen, so the user sees what will be kept.
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod/mini';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/files/limits.ts';
import { attachmentSchema, type Attachment } from '../../../shared/schemas/attachment.ts';
import { formatBytes } from '../../db/storage.ts';
import { compressImage } from '../../files/compress-image.ts';
import { attachFile } from '../../files/store.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { FieldError, optionsOf, Select, TextInput } from '../fields.tsx';
import { useRecordForm } from '../use-record-form.ts';
import { ATTACHMENT_KIND_LABEL } from './attachment-labels.ts';
import { FormFooter } from '../form-footer.tsx';

const detailsSchema = z.pick(attachmentSchema, {
  kind: true,
  caption: true,
  showsChildren: true,
  guardianConsent: true,
});
type Details = z.infer<typeof detailsSchema>;

interface Chosen {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  mime: Attachment['mime'];
  /** The size before compression, to show what was saved. */
  originalSize: number;
}

/** Reads the chosen file: photos compressed, PDFs kept as they are; a Vietnamese reason otherwise. */
async function readChosen(file: File): Promise<Chosen | string> {
  if (file.type === 'application/pdf') {
    if (file.size > ATTACHMENT_MAX_BYTES)
      return 'Tệp lớn hơn 5 MB; hãy quét với độ phân giải thấp hơn';
    return {
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      mime: 'application/pdf',
      originalSize: file.size,
    };
  }
  if (!file.type.startsWith('image/')) return 'Chỉ nhận ảnh hoặc tệp PDF';
  try {
    const image = await compressImage(file);
    const name = file.name.replace(/\.[^.]*$/, '') || 'anh';
    return { name: `${name}.jpg`, bytes: image.bytes, mime: image.mime, originalSize: file.size };
  } catch {
    return 'Không đọc được ảnh này; hãy chụp lại';
  }
}

export function AttachmentForm(props: {
  parentEntity: Attachment['parentEntity'];
  parentId: string;
  unitCode: string;
  onDone: () => void;
}) {
  const t = useT();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const { form, errors, failure, save, field } = useRecordForm({
    entity: 'attachment',
    schema: detailsSchema,
    id: undefined,
    draftKey: `attachment:${props.parentId}`,
    defaults: { kind: 'photo', caption: '', showsChildren: false, guardianConsent: false },
    mode: 'onSubmit',
    write: async (id, details: Details) => {
      // The submit handler below saves only with a file chosen.
      if (!chosen) throw new Error('no file chosen');
      const { unitCode, parentEntity, parentId } = props;
      await attachFile(
        db,
        id,
        { ...details, unitCode, parentEntity, parentId, fileName: chosen.name },
        chosen,
      );
    },
  });
  const { register, control, formState } = form;
  const showsChildren = useWatch({ control, name: 'showsChildren' });
  const onSubmit = save(() => {
    setChosen(null);
    props.onDone();
  });

  const choose = async (file: File | undefined) => {
    setFileError(null);
    setChosen(null);
    if (!file) return;
    setReading(true);
    const result = await readChosen(file);
    setReading(false);
    if (typeof result === 'string') setFileError(result);
    else setChosen(result);
  };

  return (
    <form
      className="form attachment-form"
      noValidate
      aria-label={t('Thêm tệp đính kèm')}
      onSubmit={(event) => {
        if (!chosen) {
          event.preventDefault();
          setFileError('Chọn ảnh hoặc tệp trước khi lưu');
          return;
        }
        void onSubmit(event);
      }}
    >
      <div className={`field${fileError ? ' field--invalid' : ''}`}>
        <label htmlFor="attachment-file">{t('Ảnh hoặc tệp (chụp ảnh, ảnh có sẵn, PDF)')}</label>
        <input
          id="attachment-file"
          type="file"
          accept="image/*,application/pdf"
          aria-invalid={Boolean(fileError)}
          aria-describedby="attachment-file-note"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        <small
          id="attachment-file-note"
          className={fileError ? 'field__error' : 'field__hint'}
          role={fileError ? 'alert' : undefined}
          aria-live="polite"
        >
          {fileError
            ? t(fileError)
            : reading
              ? t('Đang nén ảnh…')
              : chosen
                ? t('{name}: {size} (ban đầu {original})', {
                    name: chosen.name,
                    size: formatBytes(chosen.bytes.byteLength),
                    original: formatBytes(chosen.originalSize),
                  })
                : t('Ảnh được nén dưới 300 kB trên máy trước khi lưu.')}
        </small>
      </div>
      <Select
        label={t('Loại tệp')}
        options={optionsOf(ATTACHMENT_KIND_LABEL).map((option) => ({
          ...option,
          label: t(option.label),
        }))}
        {...field('kind')}
      />
      <TextInput label={t('Ghi chú')} {...field('caption')} />
      <label className="check check--block">
        <input type="checkbox" {...register('showsChildren')} />
        <span>{t('Trong ảnh, tệp có trẻ em')}</span>
        <small className="muted">
          {t('Tệp có trẻ em chỉ được xem trong huyện (hoặc xã) của trẻ em, như tên của trẻ.')}
        </small>
      </label>
      {showsChildren && (
        <div className={`field${errors.guardianConsent ? ' field--invalid' : ''}`}>
          <label className="check check--block">
            <input
              type="checkbox"
              aria-invalid={Boolean(errors.guardianConsent)}
              {...register('guardianConsent')}
            />
            <span>{t('Đã có sự đồng ý của cha mẹ hoặc người giám hộ')}</span>
          </label>
          <FieldError message={errors.guardianConsent?.message} />
        </div>
      )}
      <FormFooter
        failure={failure}
        busy={formState.isSubmitting || reading}
        onCancel={props.onDone}
        saveLabel="Lưu tệp"
      />
    </form>
  );
}
