// An action that needs the server (administration): runs it, and keeps the server's refusal for
// the screen — each message beside its field, the rest as one sentence.
import { useState } from 'react';
import { ApiError } from '../sync/api.ts';

export type ApiAction = ReturnType<typeof useApiAction>;

export function useApiAction() {
  const [failure, setFailure] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setFailure('');
    setErrors({});
    try {
      await work();
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'offline') {
        setFailure('Việc này cần có mạng; hãy thử lại khi có mạng.');
      } else if (error instanceof ApiError) {
        setErrors(
          Object.fromEntries((error.problem?.errors ?? []).map((e) => [e.path, e.message])),
        );
        setFailure(error.problem?.detail ?? error.problem?.title ?? 'Máy chủ chưa thực hiện được.');
      } else {
        setFailure('Chưa thực hiện được. Hãy thử lại.');
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, failure, errors };
}
