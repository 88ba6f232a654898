// What of an error may be logged or printed. A database driver's error can carry the statement's
// parameters (a password hash, a token's hash, a child's name): only codes and the driver's own
// message, cut before any parameters, leave the process.
import { propertyOf } from '../../shared/property.ts';

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
  const name = propertyOf(error, 'name');
  const code = propertyOf(error, 'code');
  const statusCode = propertyOf(error, 'statusCode');
  const stack = propertyOf(error, 'stack');
  const cause = propertyOf(error, 'cause');
  return {
    type: typeof name === 'string' ? name : 'Error',
    message: clean(propertyOf(error, 'message')),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof statusCode === 'number' ? { statusCode } : {}),
    ...(cause && typeof cause === 'object'
      ? { cause: { message: clean(propertyOf(cause, 'message')), code: propertyOf(cause, 'code') } }
      : {}),
    // The stack names only code locations; the first line repeats the message, which is cleaned.
    stack: typeof stack === 'string' ? stack.split('\n').slice(1, 12).join('\n') : '',
  };
}
