// Sending the unit's report of the year up to the level above: the figures as they are now are
// frozen in the sent copy; the reviewer accepts it or returns it with a comment, and it can be sent
// again. Offline like everything else: it goes with the next sync.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { submissionId, type Submission } from '../../../shared/schemas/submission.ts';
import type { PublicUser } from '../../../shared/schemas/user.ts';
import { saveRecord } from '../../db/write.ts';
import { isoToDisplay } from '../../i18n/dates.ts';
import { AttachmentsPanel } from '../../ui/attachments/attachments-panel.tsx';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { TextArea } from '../../ui/fields.tsx';
import { reportSaveError } from '../../ui/save-errors.ts';
import type { ReportData } from './report-data.ts';
import { Failure } from '../../ui/failure.tsx';
import { Button } from '../../ui/button.tsx';

const STATUS_LABEL = {
  submitted: 'Đã gửi, chờ cấp trên xem xét',
  accepted: 'Cấp trên đã tiếp nhận',
  returned: 'Cấp trên trả lại để bổ sung',
} as const;

/** The figures as sent: every section but the list of what was said (the records hold it). */
export function frozenFigures(data: ReportData): Record<string, unknown> {
  const { recommendations, ...rest } = data.figures;
  const { said, ...counts } = recommendations;
  return { ...rest, recommendations: { ...counts, saidCount: said.length } };
}

export function SubmitPanel({ data, user }: { data: ReportData; user: PublicUser }) {
  const t = useT();
  const id = submissionId(data.area, data.year);
  const sent = useLiveQuery(async () => (await db.submissions.get(id)) ?? null, [id]);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  if (sent === undefined || data.area !== user.unitCode) return null;
  if (data.tree.get(data.area)?.parentCode == null) return null;
  const submit = async () => {
    setFailure(null);
    const now = new Date().toISOString();
    const record: Submission = {
      unitCode: data.area,
      year: data.year,
      level: data.areaLevel,
      status: 'submitted',
      firstSubmittedAt: sent?.firstSubmittedAt ?? now,
      submittedAt: now,
      submittedBy: user.displayName,
      figures: frozenFigures(data),
      note: note.trim(),
      reviewedAt: null,
      reviewedBy: null,
      reviewComment: '',
      steps: [
        ...(sent?.steps ?? []),
        { status: 'submitted', at: now, by: user.displayName, comment: note.trim() },
      ],
    };
    try {
      await saveRecord(db, 'submission', id, record, { mutation: 'submission.submit' });
      setNote('');
    } catch (error) {
      setFailure(reportSaveError(error, () => undefined));
    }
  };
  const canSend = !sent || sent.status === 'returned';
  return (
    <div className="card" aria-label={t('Gửi báo cáo lên cấp trên')}>
      <h2>{t('Gửi báo cáo lên cấp trên')}</h2>
      {sent && (
        <p className={sent.status === 'returned' ? 'warning' : 'notice'} role="status">
          {t(STATUS_LABEL[sent.status])} ·{' '}
          {t('gửi lần đầu {date}', { date: isoToDisplay(sent.firstSubmittedAt.slice(0, 10)) })}
          {sent.reviewComment && ` · ${t('Ý kiến của cấp trên')}: ${sent.reviewComment}`}
        </p>
      )}
      {data.figures.warnings.length > 0 && (
        <ul className="warnings" aria-label={t('Cần xem lại trước khi gửi')}>
          {data.figures.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {canSend && (
        <>
          <TextArea
            label={t('Ghi chú gửi kèm')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <Button primary onClick={() => void submit()}>
            {sent ? t('Gửi lại báo cáo') : t('Gửi báo cáo năm {year}', { year: data.year })}
          </Button>
        </>
      )}
      <Failure text={failure} />
      {sent && (
        // The signed, stamped report as scanned, kept with what was sent.
        <AttachmentsPanel parentEntity="submission" parentId={id} unitCode={data.area} canEdit />
      )}
    </div>
  );
}
