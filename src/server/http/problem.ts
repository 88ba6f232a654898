// RFC 9457 problem details: every error the API returns has this shape.
import type { Problem } from '../../shared/protocol.ts';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: { path: string; message: string }[],
    readonly type = 'about:blank',
  ) {
    super(detail ?? title);
  }

  toJSON(): Problem {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      ...(this.errors === undefined ? {} : { errors: this.errors }),
    };
  }
}

interface ZodLikeIssue {
  path: readonly PropertyKey[];
  message: string;
}

export function issuesToErrors(issues: readonly ZodLikeIssue[]) {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

export function validationProblem(issues: readonly ZodLikeIssue[]): HttpProblem {
  return new HttpProblem(
    400,
    'Dữ liệu không hợp lệ',
    'Một số trường không hợp lệ; xem danh sách lỗi.',
    issuesToErrors(issues),
  );
}

/** Parses with a zod schema or throws a 400 problem naming the failing paths. */
export function parseOr400<T>(
  schema: {
    safeParse(
      input: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: ZodLikeIssue[] } };
  },
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (!result.success) throw validationProblem(result.error.issues);
  return result.data;
}
