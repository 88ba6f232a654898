// For the level that receives reports: which units have sent theirs this year, on time or late,
// which are missing; open a sent report's figures, accept it or return it with a comment.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { completeness, type CompletenessRow } from '../../../shared/reports/completeness.ts';
import { submissionHeadline, type Submission } from '../../../shared/schemas/submission.ts';
import { saveRecord } from '../../db/write.ts';
import { isoToDisplay, todayIso } from '../../i18n/dates.ts';
import { AttachmentsPanel } from '../../ui/attachments/attachments-panel.tsx';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { TextArea } from '../../ui/fields.tsx';
import { usePlans } from '../../ui/use-scope.ts';
import { loadReportData } from './report-data.ts';
import { YearPicker } from '../../ui/year-picker.tsx';
import { Failure } from '../../ui/failure.tsx';
import { Button } from '../../ui/button.tsx';

const STATE_LABEL = {
  met: 'Đúng hạn',
  late: 'Muộn',
  missing: 'Chưa gửi',
  open: 'Chưa đến hạn',
} as const;
const REVIEW_LABEL = {
  submitted: 'Chờ xem xét',
  accepted: 'Đã tiếp nhận',
  returned: 'Đã trả lại',
} as const;

function Review({ submission }: { submission: Submission & { id: string } }) {
  const t = useT();
  const user = useUser();
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const review = async (status: 'accepted' | 'returned') => {
    if (status === 'returned' && comment.trim() === '') {
      setFailure('Nêu lý do trả lại để đơn vị bổ sung.');
      return;
    }
    const now = new Date().toISOString();
    const patch: Partial<Submission> = {
      status,
      reviewedAt: now,
      reviewedBy: user.displayName,
      reviewComment: comment.trim(),
      steps: [
        ...submission.steps,
        { status, at: now, by: user.displayName, comment: comment.trim() },
      ],
    };
    try {
      await saveRecord(db, 'submission', submission.id, patch, { mutation: 'submission.review' });
      setFailure(null);
    } catch {
      setFailure('Chưa lưu được. Hãy thử lại.');
    }
  };
  return (
    <div className="review">
      <p>
        {t(
          '{held} diễn đàn, {children} trẻ em, {said} ý kiến (số liệu khi gửi).',
          submissionHeadline(submission.figures),
        )}
      </p>
      {submission.note && <p className="muted">{submission.note}</p>}
      {submission.status === 'submitted' && (
        <>
          <TextArea
            label={t('Ý kiến của cấp trên')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="actions">
            <Button primary onClick={() => void review('accepted')}>
              {t('Tiếp nhận')}
            </Button>
            <Button onClick={() => void review('returned')}>{t('Trả lại để bổ sung')}</Button>
          </div>
        </>
      )}
      <Failure text={failure} />
    </div>
  );
}

function Row({
  row,
  submission,
}: {
  row: CompletenessRow;
  submission: (Submission & { id: string }) | undefined;
}) {
  const t = useT();
  return (
    <li className={`list__item completeness--${row.state}`}>
      <details>
        <summary>
          <strong>{row.name}</strong>{' '}
          <span className={`tag tag--${row.state}`}>{t(STATE_LABEL[row.state])}</span>
          {row.sentOn && ` ${isoToDisplay(row.sentOn)}`}
          {row.review && ` · ${t(REVIEW_LABEL[row.review])}`}
          <small className="muted"> · {t('hạn {date}', { date: isoToDisplay(row.due) })}</small>
        </summary>
        {submission ? (
          <>
            <Review submission={submission} />
            <AttachmentsPanel
              parentEntity="submission"
              parentId={submission.id}
              unitCode={submission.unitCode}
              canEdit={false}
            />
          </>
        ) : (
          <p className="muted">{t('Chưa gửi báo cáo.')}</p>
        )}
      </details>
    </li>
  );
}

export function SubmissionsPage() {
  const t = useT();
  const user = useUser();
  const plans = usePlans();
  const [year, setYear] = useState<number | null>(null);
  const shownYear = year ?? plans[0]?.year ?? new Date().getFullYear();
  const today = todayIso();
  const data = useLiveQuery(
    () => loadReportData(db, user, shownYear, today),
    [user, shownYear, today],
  );
  if (!data) return <p>{t('Đang tải…')}</p>;
  const table = completeness(data.input);
  const byId = new Map(data.input.submissions.map((s) => [s.id, s]));
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  return (
    <section>
      <div className="page-head">
        <h1>{t('Báo cáo của các đơn vị')}</h1>
        <YearPicker plans={plans} year={shownYear} onChange={setYear} />
      </div>
      <p className="card">
        {t('Đã gửi {sent}, đúng hạn {onTime} (trong số đơn vị đã đến hạn).', {
          sent: percent(table.sent),
          onTime: percent(table.onTime),
        })}
      </p>
      {table.rows.length === 0 ? (
        <p className="empty">
          {t('Kế hoạch năm này không có hạn gửi báo cáo cho đơn vị nào dưới đây.')}
        </p>
      ) : (
        <ul className="list completeness">
          {table.rows.map((row) => (
            <Row
              key={row.unitCode}
              row={row}
              submission={row.submissionId ? byId.get(row.submissionId) : undefined}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
