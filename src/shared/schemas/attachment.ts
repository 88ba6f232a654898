import { z } from 'zod/mini';
import { code, text } from './fields.ts';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES } from '../files/limits.ts';

/** What a forum, a training, a recommendation or a report can carry a file for. */
export const ATTACHMENT_PARENTS = ['forum', 'training', 'recommendation', 'submission'] as const;
/** ảnh / biên bản / phiếu đồng ý của cha mẹ / văn bản trả lời / khác */
export const ATTACHMENT_KINDS = ['photo', 'minutes', 'consent', 'reply', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/**
 * A file kept with a record: the record says what it is, the bytes are stored once by their
 * SHA-256 (docs/decisions/0010-attachments.md). A photo in which children appear, and any guardian's
 * consent form, is children's data: it never leaves the child's district (privacy/child-data.ts).
 */
export const attachmentSchema = z.strictObject({
  unitCode: code(),
  parentEntity: z.enum(ATTACHMENT_PARENTS, { error: 'Thiếu bản ghi đính kèm' }),
  parentId: z.string({ error: 'Thiếu bản ghi đính kèm' }).check(z.minLength(1), z.maxLength(200)),
  kind: z.enum(ATTACHMENT_KINDS, { error: 'Chọn loại tệp' }),
  fileName: text(200),
  mime: z.enum(ATTACHMENT_TYPES, { error: 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF' }),
  size: z
    .int({ error: 'Sai kích thước' })
    .check(
      z.minimum(1, 'Tệp rỗng'),
      z.maximum(
        ATTACHMENT_MAX_BYTES,
        'Tệp lớn hơn 5 MB; hãy chụp lại hoặc quét với độ phân giải thấp hơn',
      ),
    ),
  sha256: z
    .string({ error: 'Thiếu mã tệp' })
    .check(z.regex(/^[0-9a-f]{64}$/, 'Mã tệp không hợp lệ')),
  caption: text(500, false),
  showsChildren: z.boolean({ error: 'Chọn có hay không' }),
  guardianConsent: z.boolean({ error: 'Chọn có hay không' }),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A photo with children needs the guardians' consent recorded before it is kept. */
export function attachmentRules(data: Attachment): { path: PropertyKey[]; message: string }[] {
  if (data.showsChildren && !data.guardianConsent)
    return [
      {
        path: ['guardianConsent'],
        message: 'Ảnh có trẻ em chỉ được lưu khi đã có sự đồng ý của cha mẹ hoặc người giám hộ',
      },
    ];
  return [];
}
