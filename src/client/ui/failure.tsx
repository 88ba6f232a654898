// Why something could not be done, said where the user acted (announced at once to screen readers).
import { useT } from '../i18n/locale.ts';

/** `text` is the Vietnamese message; shown in the screen's language. Nothing when there is none. */
export function Failure({ text }: { text: string | null | undefined }) {
  const t = useT();
  if (!text) return null;
  return (
    <p className="form__failure" role="alert">
      {t(text)}
    </p>
  );
}
