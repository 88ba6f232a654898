// District and province staff make reports offline, at the office or on the road: once signed in
// and online, their device fetches the office libraries (kept by the service worker's CacheFirst
// route), so the report, the spreadsheets and the charts work later without a network.
import type { Role } from '../../../shared/schemas/user.ts';

const STAFF: readonly Role[] = ['district', 'province', 'admin'];

export async function warmOfficeTools(role: Role): Promise<void> {
  if (!STAFF.includes(role) || !navigator.onLine) return;
  await Promise.allSettled([
    import('docx'),
    import('fflate'),
    import('read-excel-file/browser'),
    import('papaparse'),
    import('chartist'),
  ]);
  // The worker's script is fetched when a worker starts; it does nothing until asked.
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  setTimeout(() => worker.terminate(), 15_000);
}
