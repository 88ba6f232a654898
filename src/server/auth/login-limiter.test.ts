import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.ts';

describe('LoginLimiter', () => {
  const options = { windowMs: 60_000, maxPerAccount: 3, maxPerAddress: 5 };

  it('blocks an account after repeated failures, until the window passes', () => {
    const limiter = new LoginLimiter(options);
    for (let i = 0; i < 3; i++) limiter.fail('ctv.iadom', '10.0.0.1', 1_000 + i);
    expect(limiter.retryAfter('ctv.iadom', '10.0.0.9', 2_000)).toBeGreaterThan(0);
    expect(limiter.retryAfter('other', '10.0.0.9', 2_000)).toBe(0);
    expect(limiter.retryAfter('ctv.iadom', '10.0.0.9', 62_000)).toBe(0);
  });

  it('blocks an address that tries many accounts', () => {
    const limiter = new LoginLimiter(options);
    for (let i = 0; i < 5; i++) limiter.fail(`user${i}`, '10.0.0.2', 1_000);
    expect(limiter.retryAfter('fresh', '10.0.0.2', 1_500)).toBeGreaterThan(0);
  });

  it('forgets an account after a successful sign-in', () => {
    const limiter = new LoginLimiter(options);
    limiter.fail('a', 'x', 1);
    limiter.fail('a', 'x', 2);
    limiter.succeed('a');
    limiter.fail('a', 'x', 3);
    expect(limiter.retryAfter('a', 'y', 4)).toBe(0);
  });
});
