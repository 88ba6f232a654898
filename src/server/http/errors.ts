// Every error becomes an RFC 9457 problem: Fastify's own (body too large, bad JSON), a database
// that cannot be reached (503), a server busy hashing passwords (503), and 500 for the rest.
import { ServerBusy } from '../auth/password.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { HttpProblem } from './problem.ts';

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof ServerBusy) {
    return new HttpProblem(503, 'Máy chủ đang bận, hãy thử lại sau ít phút', error.message);
  }
  const e: FastifyLikeError = error !== null && typeof error === 'object' ? error : {};
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem(413, 'Dữ liệu gửi lên quá lớn', 'split the data into smaller batches');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpProblem(415, 'Kiểu dữ liệu không được hỗ trợ', 'send application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpProblem(400, 'JSON không hợp lệ', e.message);
  }
  if (error instanceof SyntaxError || (e.statusCode === 400 && e.message)) {
    return new HttpProblem(400, 'Yêu cầu không hợp lệ', e.message);
  }
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new HttpProblem(e.statusCode, 'Yêu cầu không hợp lệ', e.message);
  }
  if (isDatabaseUnavailable(error)) {
    return new HttpProblem(
      503,
      'Máy chủ tạm thời không truy cập được cơ sở dữ liệu',
      'the database is restarting or unreachable; nothing was lost, try again shortly',
    );
  }
  return new HttpProblem(
    500,
    'Lỗi máy chủ',
    'the server could not complete the request; try again',
  );
}
