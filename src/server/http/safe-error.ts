// What of an error may be logged or printed. A database driver's error can carry the statement's
// parameters (a password hash, a token's hash, a child's name): only codes and the driver's own
// message, cut before any parameters, leave the process.
interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  stack?: unknown;
  cause?: unknown;
  statusCode?: unknown;
}

const PARAMS = /\s*params:[\s\S]*$/i;

function clean(message: unknown): string {
  return typeof message === 'string' ? message.replace(PARAMS, ' [parameters withheld]') : '';
}

export function safeError(error: unknown): {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
} {
  if (error === null || typeof error !== 'object')
    return { type: typeof error, message: String(error), stack: '' };
  const e = error as ErrorLike;
  const cause = e.cause && typeof e.cause === 'object' ? (e.cause as ErrorLike) : undefined;
  return {
    type: typeof e.name === 'string' ? e.name : 'Error',
    message: clean(e.message),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
    ...(cause ? { cause: { message: clean(cause.message), code: cause.code } } : {}),
    // The stack names only code locations; the first line repeats the message, which is cleaned.
    stack: typeof e.stack === 'string' ? e.stack.split('\n').slice(1, 12).join('\n') : '',
  };
}
