import { compressImage } from '../../../src/client/files/compress-image.ts';
import { time } from '../timing.ts';

/**
 * A phone camera's photo: 4000 × 3000, detail everywhere (gradients under fine noise), saved at the
 * quality phones use. Made in the page, so every run compresses the same kind of picture.
 */
async function cameraPhoto(): Promise<Blob> {
  const width = 4000;
  const height = 3000;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  const pixels = context.createImageData(width, height);
  let seed = 7;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const noise = (seed >> 16) % 48;
      const at = (y * width + x) * 4;
      pixels.data[at] = ((x * 255) / width + noise) & 255;
      pixels.data[at + 1] = ((y * 255) / height + noise) & 255;
      pixels.data[at + 2] = (((x + y) * 128) / width + noise) & 255;
      pixels.data[at + 3] = 255;
    }
  context.putImageData(pixels, 0, 0);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
}

/**
 * The app's photo compression against the bare minimum the browser must do with the same photo:
 * decode it and encode it once at the first size and quality tried.
 */
export async function measurePhoto(repeats = 5) {
  const photo = await cameraPhoto();
  let bytes = 0;
  const app = await time(async () => {
    bytes = (await compressImage(photo)).bytes.byteLength;
  }, repeats);
  const bare = await time(async () => {
    const bitmap = await createImageBitmap(photo);
    const canvas = new OffscreenCanvas(1600, 1200);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, 1600, 1200);
    bitmap.close();
    await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.82 });
  }, repeats);
  return {
    originalKb: Math.round(photo.size / 1024),
    storedKb: Math.round(bytes / 1024),
    app,
    bare,
  };
}
