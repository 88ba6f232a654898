// A refusal from the server, put where the user looks: each field's message beside the field, and
// one plain sentence for the rest. The input stays on the screen.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../sync/api.ts';

export function reportApiError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string {
  if (!(error instanceof ApiError)) return 'Chưa thực hiện được. Hãy thử lại.';
  if (error.kind === 'offline')
    return 'Không kết nối được máy chủ. Việc này cần có mạng; hãy thử lại khi có mạng.';
  const placed = new Set<string>();
  for (const issue of error.problem?.errors ?? []) {
    const field = fields.find((name) => name === issue.path);
    if (field && !placed.has(field)) {
      setError(field, { message: issue.message });
      placed.add(field);
    }
  }
  if (placed.size > 0) return '';
  if (error.status === 429) return 'Thử sai quá nhiều lần. Hãy đợi ít phút rồi thử lại.';
  return error.problem?.title ?? 'Máy chủ chưa thực hiện được. Hãy thử lại.';
}
