// Runs export.worker.ts and resolves with the .xlsx, passing its progress (0–1) along.
import type { WorkbookMessage, WorkbookRequest } from './export.worker.ts';

export function buildWorkbook(
  request: WorkbookRequest,
  onProgress: (done: number) => void,
): Promise<Blob> {
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkbookMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.done);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.blob);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
