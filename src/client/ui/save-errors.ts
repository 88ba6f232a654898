// Turns a failed save into messages beside the fields, or one plain message, never a lost form.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { RecordValidationError } from '../db/write.ts';

export function reportSaveError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
): string | null {
  if (error instanceof RecordValidationError) {
    for (const issue of error.issues) {
      setError(issue.path.map(String).join('.') as Path<T>, { message: issue.message });
    }
    return null;
  }
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Bộ nhớ của máy đã đầy nên chưa lưu được. Nội dung vẫn còn trên màn hình: hãy đồng bộ hoặc xóa bớt dữ liệu cũ rồi lưu lại.';
  }
  return 'Chưa lưu được. Nội dung vẫn còn trên màn hình; hãy thử lại.';
}
