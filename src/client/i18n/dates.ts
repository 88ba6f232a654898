// Dates are stored as ISO (yyyy-mm-dd) and shown as dd/mm/yyyy, as Vietnamese offices write them.

export function isoToDisplay(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "5/6/2023" or "05/06/2023" → "2023-06-05"; anything else is returned unchanged for the schema to reject. */
export function displayToIso(display: string): string {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(display);
  if (!match) return display.trim();
  const [, d = '', m = '', y = ''] = match;
  // A day that is not on the calendar (31/02) still goes to the schema as a date, so the message
  // beside the field says so, instead of asking for the dd/mm/yyyy form the user did type.
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** Whole days from today to an ISO date (negative when past). */
export function daysUntil(iso: string, now = new Date()): number {
  const target = Date.parse(`${iso}T00:00:00Z`);
  const today = Date.parse(`${todayIso(now)}T00:00:00Z`);
  return Math.round((target - today) / 86_400_000);
}

export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' }).format(ms);
}
