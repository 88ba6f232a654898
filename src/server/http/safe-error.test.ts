import { describe, expect, it } from 'vitest';
import { safeError } from './safe-error.ts';

describe('safeError', () => {
  it("keeps a driver error's name, code and message, and drops the statement's parameters", () => {
    const cause = Object.assign(new Error('duplicate key params: Nguyễn Thị Hoa,$2b$hash'), {
      code: '23505',
    });
    const error = Object.assign(
      new Error('Failed query: insert into attendees params: Nguyễn Thị Hoa,$2b$hash', { cause }),
      { code: 'E_QUERY', statusCode: 500 },
    );
    const logged = safeError(error);
    expect(logged).toMatchObject({
      type: 'Error',
      message: 'Failed query: insert into attendees [parameters withheld]',
      code: 'E_QUERY',
      statusCode: 500,
      cause: { message: 'duplicate key [parameters withheld]', code: '23505' },
    });
    expect(JSON.stringify(logged)).not.toContain('Hoa');
    expect(logged.stack).not.toContain('Failed query');
  });

  it('describes what is not an error object', () => {
    expect(safeError('text')).toEqual({ type: 'string', message: 'text', stack: '' });
    expect(safeError(null)).toEqual({ type: 'object', message: 'null', stack: '' });
  });
});
