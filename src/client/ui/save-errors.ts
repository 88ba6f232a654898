// Turns a failed save into messages beside the fields, or one plain message, never a lost form.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { RecordValidationError } from '../db/write.ts';

export function reportSaveError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
): string | null {
  if (error instanceof RecordValidationError) {
    for (const issue of error.issues) {
      // The issue comes from the schema the form itself is typed by, so its path names a field.
      setError(issue.path.map(String).join('.') as Path<T>, { message: issue.message });
    }
    return null;
  }
  return storageFull(error) ?? 'Chưa lưu được. Nội dung vẫn còn trên màn hình; hãy thử lại.';
}

/** What to say of a save the phone refused for lack of storage; null for any other failure. */
export function storageFull(error: unknown): string | null {
  // Dexie wraps the browser's error: the quota's name is on the error or on its `inner`.
  const inner = error instanceof Error && 'inner' in error ? error.inner : undefined;
  return isQuotaError(error) || isQuotaError(inner)
    ? 'Bộ nhớ của máy đã đầy nên chưa lưu được. Nội dung vẫn còn trên màn hình: hãy đồng bộ hoặc xóa bớt dữ liệu cũ rồi lưu lại.'
    : null;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && error.name === 'QuotaExceededError';
}
