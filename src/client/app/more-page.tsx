// Everything that does not fit the phone's tab bar, and the language switch.
import { Link } from 'wouter';
import { useLocale, useT, localeStore } from '../i18n/locale.ts';
import { useUser } from '../session/store.ts';
import { Choice } from '../ui/choices.tsx';
import { placesFor } from './navigation.ts';

export function MorePage() {
  const t = useT();
  const user = useUser();
  const locale = useLocale();
  return (
    <section>
      <h1>{t('Mục khác')}</h1>
      <ul className="list">
        {placesFor(user.role, false).map((link) => (
          <li key={link.href} className="list__item">
            <Link href={link.href} className="list__link">
              <strong>{t(link.label)}</strong>
            </Link>
          </li>
        ))}
      </ul>
      <fieldset className="segmented">
        <legend>{t('Ngôn ngữ')}</legend>
        {(
          [
            ['vi', 'Tiếng Việt'],
            ['en', 'English'],
          ] as const
        ).map(([value, label]) => (
          <Choice
            key={value}
            name="locale"
            on={locale === value}
            onChoose={() => void localeStore.set(value)}
          >
            <span lang={value}>{label}</span>
          </Choice>
        ))}
      </fieldset>
    </section>
  );
}
