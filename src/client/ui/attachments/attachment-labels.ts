import type { AttachmentKind } from '../../../shared/schemas/attachment.ts';

export const ATTACHMENT_KIND_LABEL: Record<AttachmentKind, string> = {
  photo: 'Ảnh',
  minutes: 'Biên bản',
  consent: 'Phiếu đồng ý của cha mẹ, người giám hộ',
  reply: 'Văn bản trả lời của cơ quan',
  other: 'Tài liệu khác',
};
