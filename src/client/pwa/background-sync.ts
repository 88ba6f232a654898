// Background Sync, as the page and the service worker agree on it. Chromium fires the sync event at
// once when the tag is registered while it believes it is online (a server away, a captive portal),
// so the page registers once per outage and the worker reports a failed sync back to the browser,
// which then retries on its own backoff instead of the page and worker waking each other in a loop.

import { propertyOf } from '../../shared/property.ts';
import type { SyncPhase } from '../sync/engine.ts';

export const SYNC_TAG = 'ddte-sync';
export const SYNC_REQUESTED = 'SYNC_REQUESTED';

/** Whether a message between page and worker is of this type. */
export function isMessage(data: unknown, type: string): boolean {
  return propertyOf(data, 'type') === type;
}

export interface SyncReply {
  ok: boolean;
}

/**
 * Decides, for each phase the engine reports, whether to ask the browser for a wake-up: on the
 * first failure to reach the server, and not again until a sync has succeeded.
 */
export function oncePerOutage(): (phase: SyncPhase) => boolean {
  let asked = false;
  return (phase) => {
    if (phase === 'idle') asked = false;
    if (phase !== 'offline' || asked) return false;
    asked = true;
    return true;
  };
}
