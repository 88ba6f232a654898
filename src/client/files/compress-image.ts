// A phone photo (4 MB and more) becomes a JPEG of at most 300 kB on the device, before it is stored
// or sent: resized on a canvas, then re-encoded at falling quality until it fits. Re-encoding also
// drops the photo's metadata (the place it was taken among them). The browser's own decoder and
// encoder do the work; a library would add weight to the phone's bundle for the same calls.
import { PHOTO_TARGET_BYTES } from '../../shared/files/limits.ts';

/** The long side of a stored photo: enough to read faces and a banner on a report's page. */
const LONG_SIDES = [1600, 1280, 1024, 800, 640];
const QUALITIES = [0.82, 0.72, 0.62, 0.52];

export interface CompressedImage {
  bytes: Uint8Array<ArrayBuffer>;
  mime: 'image/jpeg';
}

async function encode(
  bitmap: ImageBitmap,
  width: number,
  height: number,
  quality: number,
): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/jpeg',
      quality,
    ),
  );
}

/** Compresses a photo to at most `target` bytes (the largest size and best quality that fit). */
export async function compressImage(
  file: Blob,
  target = PHOTO_TARGET_BYTES,
): Promise<CompressedImage> {
  // The camera's orientation is applied, so a portrait photo stays upright.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    let last: Blob | undefined;
    fitting: for (const side of LONG_SIDES) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      for (const quality of QUALITIES) {
        last = await encode(bitmap, width, height, quality);
        if (last.size <= target) break fitting;
      }
    }
    // The smallest size at the lowest quality, if even that does not fit: the schema's limit decides.
    if (!last) throw new Error('nothing encoded');
    return { bytes: new Uint8Array(await last.arrayBuffer()), mime: 'image/jpeg' };
  } finally {
    bitmap.close();
  }
}
