// Everything that does not fit the phone's tab bar, and the language switch.
import { Link } from 'wouter';
import { useLocale, useT, localeStore } from '../i18n/locale.ts';
import { useUser } from '../session/store.ts';
import { PickOne } from '../ui/choices.tsx';
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
      <PickOne
        legend={t('Ngôn ngữ')}
        name="locale"
        options={[
          ['vi', <span lang="vi">Tiếng Việt</span>],
          ['en', <span lang="en">English</span>],
        ]}
        chosen={locale}
        onChoose={(value) => void localeStore.set(value)}
      />
    </section>
  );
}
