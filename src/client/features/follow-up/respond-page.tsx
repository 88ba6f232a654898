// Records an agency's answer to one recommendation: met, under consideration, or not yet possible
// (then with its cause and solution). District and province staff answer; collaborators read.
import { useWatch } from 'react-hook-form';
import { useLocation } from 'wouter';
import {
  recommendationResponseSchema,
  type RecommendationResponse,
} from '../../../shared/schemas/recommendation.ts';
import { isoToDisplay, todayIso } from '../../i18n/dates.ts';
import { KIND_LABEL, RESPONSE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { useUser } from '../../session/store.ts';
import { DateField } from '../../ui/date-field.tsx';
import { TextArea } from '../../ui/fields.tsx';
import { useRecordForm } from '../../ui/use-record-form.ts';
import { RecordPage } from '../../ui/record-page.tsx';
import type { EntityRows } from '../../db/schema.ts';
import { FormFooter } from '../../ui/form-footer.tsx';
import { FormCard } from '../../ui/form-card.tsx';
import { Choices } from '../../ui/choices.tsx';
import { useRouteParam } from '../../ui/use-route-param.ts';

export function RespondPage() {
  const id = useRouteParam('id') ?? '';
  return (
    <RecordPage entity="recommendation" id={id}>
      {(recommendation) => recommendation && <Answered recommendation={recommendation} />}
    </RecordPage>
  );
}

/** The recommendation as the children said it, and the form for the agency's answer. */
function Answered({ recommendation }: { recommendation: EntityRows['recommendation'] }) {
  const t = useT();
  const answer: RecommendationResponse = {
    responseStatus: recommendation.responseStatus,
    responseText: recommendation.responseText,
    responseCause: recommendation.responseCause,
    responseSolution: recommendation.responseSolution,
    respondedAt: recommendation.respondedAt,
  };
  return (
    <>
      <article className="card">
        <p className="tag">
          {t(KIND_LABEL[recommendation.kind])} · {recommendation.year}
        </p>
        <p className="quote">{recommendation.text}</p>
        {recommendation.addressee && (
          <p className="muted">
            {t('Cơ quan nhận')}: {recommendation.addressee}
          </p>
        )}
      </article>
      <RespondForm id={recommendation.id} initial={answer} />
    </>
  );
}

function RespondForm({ id, initial }: { id: string; initial: RecommendationResponse }) {
  const t = useT();
  const user = useUser();
  const [, navigate] = useLocation();
  const canAnswer = user.role === 'district' || user.role === 'province';
  // The cause and solution rules span fields: the whole record is checked on save, and their
  // messages land beside the fields.
  const { form, save, field, choice, footer } = useRecordForm({
    entity: 'recommendation',
    mutation: 'recommendation.respond',
    schema: recommendationResponseSchema,
    id,
    draftKey: `respond:${id}`,
    defaults: initial,
    toRecord: (answer) => ({
      ...answer,
      respondedAt: answer.responseStatus === 'pending' ? null : (answer.respondedAt ?? todayIso()),
    }),
  });
  const { control } = form;
  const status = useWatch({ control, name: 'responseStatus' });
  const onSubmit = save(() => navigate('/follow-up'));

  if (!canAnswer)
    return (
      <div className="card">
        <h2>{t('Kết quả trả lời')}</h2>
        <p>
          <strong>{t(RESPONSE_LABEL[initial.responseStatus])}</strong>
          {initial.respondedAt && ` (${isoToDisplay(initial.respondedAt)})`}
        </p>
        {initial.responseText && <p>{initial.responseText}</p>}
        {initial.responseCause && (
          <p>
            {t('Nguyên nhân')}: {initial.responseCause}
          </p>
        )}
        {initial.responseSolution && (
          <p>
            {t('Giải pháp')}: {initial.responseSolution}
          </p>
        )}
      </div>
    );

  return (
    <FormCard label={t('Kết quả trả lời')} onSubmit={onSubmit}>
      <h2>{t('Kết quả trả lời')}</h2>
      <Choices
        legend={t('Kết quả')}
        labels={RESPONSE_LABEL}
        {...choice('responseStatus')}
        layout="choices"
      />
      <TextArea label={t('Nội dung trả lời của cơ quan')} {...field('responseText')} />
      {status === 'not-possible' && (
        <>
          <TextArea label={t('Nguyên nhân')} {...field('responseCause')} />
          <TextArea label={t('Giải pháp')} {...field('responseSolution')} />
        </>
      )}
      <DateField control={control} name="respondedAt" label={t('Ngày trả lời')} optional />
      <FormFooter {...footer} onCancel={() => navigate('/follow-up')} />
    </FormCard>
  );
}
