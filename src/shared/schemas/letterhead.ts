import { z } from 'zod/mini';
import { code, text } from './fields.ts';

/**
 * What a unit's documents say of their issuer (Decree 30/2020/NĐ-CP): the body above it, the
 * issuing agency, the place in the date line, the signer and the recipients («Nơi nhận»). Kept per
 * unit, so a reorganisation (the labour department's children's work went to health in 2025) is a
 * change of settings, not of code.
 */
export const letterheadSchema = z.strictObject({
  unitCode: code(),
  /** Cơ quan chủ quản, e.g. "UBND huyện Kon Rẫy". */
  parentBody: text(300, false),
  /** Cơ quan ban hành, e.g. "Phòng Văn hóa - Xã hội". */
  issuingBody: text(300),
  /** The suffix of the document number, e.g. "BC-VHXH". */
  numberSuffix: text(60, false),
  /** Địa danh in the date line, e.g. "Kon Rẫy". */
  place: text(100),
  signerTitle: text(200),
  signerName: text(200, false),
  recipients: z.array(text(300)).check(z.maxLength(30)),
});
export type Letterhead = z.infer<typeof letterheadSchema>;
