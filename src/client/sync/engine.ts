// Runs sync: push the outbox, then pull until the server has nothing more. One run at a time across
// tabs (Web Locks), retried with exponential backoff and jitter after a failure. Triggered by app
// start, coming online, a timer while visible, the "Đồng bộ ngay" button and Background Sync.
import type { AppDatabase } from '../db/db.ts';
import { ensureClientId } from '../db/client-id.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { ApiError, type ApiClient } from './api.ts';

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'error' | 'signed-out';

export interface SyncStatus {
  phase: SyncPhase;
  sent: number;
  received: number;
  /** What to push when this run started, for the progress bar. */
  toSend: number;
  lastSyncAt: number | null;
  lastError: string | null;
  nextRetryAt: number | null;
  /** How far ahead of the server this device's clock ran at the last push (0: fine). */
  clockAheadMs: number;
}

export interface EngineOptions {
  database: AppDatabase;
  api: ApiClient;
  /** Called when the server no longer accepts the session: ask for the password, keep the outbox. */
  onUnauthorized?: (reason: 'expired' | 'disabled') => void;
  intervalMs?: number;
  backoff?: { baseMs: number; maxMs: number };
  random?: () => number;
}

const LOCK_NAME = 'ddte-sync';
const LAST_SYNC_KEY = 'lastSyncAt';
const DEFAULT_BACKOFF = { baseMs: 2_000, maxMs: 5 * 60_000 };

/** Plain Vietnamese for what went wrong. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'offline':
        return 'Không kết nối được máy chủ. Dữ liệu vẫn được lưu trên máy và sẽ gửi khi có mạng.';
      case 'unauthorized':
        return 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại; dữ liệu chưa gửi vẫn được giữ.';
      case 'server':
        return 'Máy chủ đang bận hoặc gặp sự cố. Ứng dụng sẽ tự thử lại.';
      case 'too-large':
        return 'Dữ liệu gửi lên quá lớn. Ứng dụng sẽ thử lại với gói nhỏ hơn.';
      case 'rejected':
        return `Máy chủ từ chối yêu cầu: ${error.problem?.title ?? error.message}`;
    }
  }
  return 'Đồng bộ gặp lỗi không xác định. Ứng dụng sẽ tự thử lại.';
}

export class SyncEngine {
  private status: SyncStatus = {
    phase: 'idle',
    sent: 0,
    received: 0,
    toSend: 0,
    lastSyncAt: null,
    lastError: null,
    nextRetryAt: null,
    clockAheadMs: 0,
  };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private intervalTimer: ReturnType<typeof setInterval> | undefined;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly options: EngineOptions) {}

  getStatus(): SyncStatus {
    return this.status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts a sync now, or once more after the one under way. Resolves when done (never rejects). */
  syncNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    clearTimeout(this.retryTimer);
    this.running = this.runExclusive().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.syncNow();
      }
    });
    return this.running;
  }

  /** Wires the triggers of a running app. */
  start(): void {
    void this.restoreLastSync();
    const onOnline = () => void this.syncNow();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void this.syncNow();
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    this.cleanups.push(() => window.removeEventListener('online', onOnline));
    this.cleanups.push(() => document.removeEventListener('visibilitychange', onVisible));
    this.intervalTimer = setInterval(() => {
      if (document.visibilityState === 'visible') void this.syncNow();
    }, this.options.intervalMs ?? 60_000);
    void this.syncNow();
  }

  /** The last successful sync of an earlier run of the app, until this run has one of its own. */
  async restoreLastSync(): Promise<void> {
    const stored = await getMeta<number>(this.options.database.meta, LAST_SYNC_KEY);
    if (typeof stored === 'number' && this.status.lastSyncAt === null)
      this.update({ lastSyncAt: stored });
  }

  stop(): void {
    clearInterval(this.intervalTimer);
    clearTimeout(this.retryTimer);
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
  }

  private update(patch: Partial<SyncStatus>) {
    this.status = { ...this.status, ...patch };
    this.listeners.forEach((listener) => listener(this.status));
  }

  private runExclusive(): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? locks.request(LOCK_NAME, () => this.run()).then(() => undefined) : this.run();
  }

  private async run(): Promise<void> {
    const { database, api } = this.options;
    const toSend = await database.outbox.count();
    this.update({ phase: 'syncing', sent: 0, received: 0, toSend, nextRetryAt: null });
    try {
      const clientId = await ensureClientId(database);
      // Not yet on the device (a first visit, before the worker stored the app): wait for the network.
      const { syncCycle } = await import('./cycle.ts').catch(() => {
        throw new ApiError('offline', 0);
      });
      await syncCycle(database, api, clientId, {
        sent: (sent) => this.update({ sent }),
        clock: (clockAheadMs) => this.update({ clockAheadMs }),
        received: (received) => this.update({ received }),
      });
      this.failures = 0;
      const lastSyncAt = Date.now();
      // Kept on the device, so the sync screen still says when the app last synced after a restart.
      await setMeta(database.meta, LAST_SYNC_KEY, lastSyncAt);
      this.update({ phase: 'idle', lastSyncAt, lastError: null });
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'unauthorized') {
        this.update({ phase: 'signed-out', lastError: describeError(error) });
        this.options.onUnauthorized?.(
          error.problem?.type === 'urn:ddte:account-disabled' ? 'disabled' : 'expired',
        );
        return;
      }
      this.failures += 1;
      // A server that says when to come back (503 while its database restarts, 429) is believed: its
      // wait comes first, then the jittered backoff, so the phones it turned away do not return together.
      // Never beyond the backoff's ceiling: a proxy asking for a day would silence the phone.
      const maxMs = this.maxBackoffMs();
      const asked = error instanceof ApiError ? Math.min(error.retryAfterMs ?? 0, maxMs) : 0;
      const delay = Math.min(asked + this.backoffDelay(), maxMs);
      const offline = error instanceof ApiError && error.kind === 'offline';
      this.update({
        phase: offline ? 'offline' : 'error',
        lastError: describeError(error),
        nextRetryAt: Date.now() + delay,
      });
      this.retryTimer = setTimeout(() => void this.syncNow(), delay);
    }
  }

  /** Exponential backoff with full jitter: many phones reconnecting at once do not retry together. */
  private backoffDelay(): number {
    const { baseMs, maxMs } = this.options.backoff ?? DEFAULT_BACKOFF;
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(this.failures - 1, 20));
    return Math.round(baseMs / 2 + (this.options.random ?? Math.random)() * (ceiling - baseMs / 2));
  }

  private maxBackoffMs(): number {
    return (this.options.backoff ?? DEFAULT_BACKOFF).maxMs;
  }
}
