// Two parts of the recommendation form: the year's themes as big one-tap choices, and who spoke (an
// age band and a gender at most — never a child's name).
import type { UseFormRegister } from 'react-hook-form';
import type { Theme } from '../../../shared/schemas/plan.ts';
import { AGE_BANDS, GENDERS, type Recommendation } from '../../../shared/schemas/recommendation.ts';
import { AGE_BAND_LABEL, GENDER_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { Select } from '../../ui/fields.tsx';
import { nullableChoice } from '../../ui/field-props.ts';

export function ThemeChoice({
  themes,
  chosen,
  register,
  invalid,
}: {
  themes: Theme[];
  chosen: string;
  register: UseFormRegister<Recommendation>;
  invalid: boolean;
}) {
  const t = useT();
  return (
    <fieldset className="choices" aria-invalid={invalid}>
      <legend>{t('Chủ đề')}</legend>
      {themes.map((theme, index) => (
        <label key={theme.code} className={`choice${chosen === theme.code ? ' choice--on' : ''}`}>
          <input type="radio" value={theme.code} {...register('themeCode')} />
          <span>
            {index + 1}. {theme.title}
          </span>
        </label>
      ))}
      {invalid && (
        <small className="field__error" role="alert">
          {t('Chọn một chủ đề')}
        </small>
      )}
    </fieldset>
  );
}

export function SpeakerFields({ register }: { register: UseFormRegister<Recommendation> }) {
  const t = useT();
  return (
    <div className="row">
      <Select
        label={t('Độ tuổi người nêu')}
        placeholder={t('Không ghi')}
        {...register('speakerAgeBand', nullableChoice)}
        options={AGE_BANDS.map((band) => ({ value: band, label: t(AGE_BAND_LABEL[band]) }))}
      />
      <Select
        label={t('Giới tính người nêu')}
        placeholder={t('Không ghi')}
        {...register('speakerGender', nullableChoice)}
        options={GENDERS.map((gender) => ({ value: gender, label: t(GENDER_LABEL[gender]) }))}
      />
    </div>
  );
}
