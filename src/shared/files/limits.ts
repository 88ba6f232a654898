// The numbers of attachments, without zod, for the device's upload and the server's file routes.
/** Largest file kept (a scanned PDF of minutes); photos are compressed far below it on the device. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
/** A photo is compressed on the device until it is at most this size. */
export const PHOTO_TARGET_BYTES = 300 * 1024;
/** Upload piece: small enough to get through a weak 2G/3G connection before it drops. */
export const UPLOAD_CHUNK_BYTES = 128 * 1024;
export const ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Whether the first bytes are those of the declared type (a renamed file is refused). */
export function looksLike(mime: string, head: Uint8Array): boolean {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  switch (mime) {
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47);
    case 'image/webp':
      return starts(0x52, 0x49, 0x46, 0x46) && head[8] === 0x57 && head[9] === 0x45;
    case 'application/pdf':
      return starts(0x25, 0x50, 0x44, 0x46);
    default:
      return false;
  }
}
