import { describe, expect, it } from 'vitest';
import { submissionHeadline } from './submission.ts';

describe('a sent report as the reviewer first sees it', () => {
  it('reads forums held, children and what they said from the frozen figures', () => {
    const figures = {
      forums: { total: { held: 3, childrenTotal: 120, planned: 1 } },
      recommendations: { saidCount: 14, total: { total: 12 } },
    };
    expect(submissionHeadline(figures)).toEqual({ held: 3, children: 120, said: 14 });
  });

  it('reads a section an older app did not send, or sent in another shape, as 0', () => {
    expect(submissionHeadline({})).toEqual({ held: 0, children: 0, said: 0 });
    expect(submissionHeadline({ forums: { total: 'many' } })).toEqual({
      held: 0,
      children: 0,
      said: 0,
    });
  });
});
