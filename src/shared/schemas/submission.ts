import { z } from 'zod/mini';
import { code, level, text, year } from './fields.ts';

export const SUBMISSION_STATUSES = ['submitted', 'accepted', 'returned'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

const instant = () => z.iso.datetime({ offset: true, error: 'Thời điểm không hợp lệ' });

/**
 * A unit's report of a year, sent to the level above it: the figures as they were when it was sent
 * (frozen), and the review. One record per unit and year (`<unit>@<year>`), sent again after it is
 * returned; every step is kept in `steps`.
 */
export const submissionSchema = z.strictObject({
  unitCode: code(),
  year: year(),
  /** The level of the report: a district's report, or a commune's (from July 2025). */
  level: level(),
  status: z.enum(SUBMISSION_STATUSES, { error: 'Trạng thái không hợp lệ' }),
  /** When it was first sent: what its timeliness is measured by. */
  firstSubmittedAt: instant(),
  submittedAt: instant(),
  submittedBy: text(100),
  /** The figures as sent (the report's sections), kept as they were. */
  figures: z.record(z.string(), z.unknown()),
  note: text(2000, false),
  reviewedAt: z.nullable(instant()),
  reviewedBy: z.nullable(text(100)),
  reviewComment: text(2000, false),
  steps: z
    .array(
      z.strictObject({
        status: z.enum(SUBMISSION_STATUSES),
        at: instant(),
        by: text(100),
        comment: text(2000, false),
      }),
    )
    .check(z.maxLength(100)),
});
export type Submission = z.infer<typeof submissionSchema>;

/** What a reviewer changes (`submission.review`): the status, the comment, who and when. */
export const submissionReviewSchema = z.strictObject({
  status: submissionSchema.shape.status,
  reviewedAt: submissionSchema.shape.reviewedAt,
  reviewedBy: submissionSchema.shape.reviewedBy,
  reviewComment: submissionSchema.shape.reviewComment,
  steps: submissionSchema.shape.steps,
});

export const submissionId = (unitCode: string, reportYear: number) => `${unitCode}@${reportYear}`;

/** The three figures a reviewer sees first, read from the frozen figures whatever their age. */
const headlineSchema = z.object({
  forums: z.optional(
    z.object({
      total: z.optional(
        z.object({ held: z.optional(z.number()), childrenTotal: z.optional(z.number()) }),
      ),
    }),
  ),
  recommendations: z.optional(z.object({ saidCount: z.optional(z.number()) })),
});

/**
 * Forums held, children taking part and what children said, as the report was sent. A report sent
 * by an older version of the app may lack a section: it reads as 0, never as an error.
 */
export function submissionHeadline(figures: Record<string, unknown>) {
  const parsed = headlineSchema.safeParse(figures);
  const read = parsed.success ? parsed.data : {};
  return {
    held: read.forums?.total?.held ?? 0,
    children: read.forums?.total?.childrenTotal ?? 0,
    said: read.recommendations?.saidCount ?? 0,
  };
}
