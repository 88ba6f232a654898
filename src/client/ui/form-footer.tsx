// The end of every form: why the last save failed (announced), then Save and, where the form can be
// left, Cancel. One place, so every form says and does the same.
import { useT } from '../i18n/locale.ts';
import { Failure } from './failure.tsx';
import { Button } from './button.tsx';

export function FormFooter({
  failure,
  busy,
  onCancel,
  saveLabel = 'Lưu',
}: {
  /** The message of the last failed save (Vietnamese; translated here), or none. */
  failure?: string | null | undefined;
  /** Saving now: the button waits, so a second tap cannot save twice. */
  busy: boolean;
  onCancel?: (() => void) | undefined;
  saveLabel?: string;
}) {
  const t = useT();
  return (
    <>
      <Failure text={failure} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t(saveLabel)}
        </button>
        {onCancel && <Button onClick={onCancel}>{t('Hủy')}</Button>}
      </div>
    </>
  );
}
