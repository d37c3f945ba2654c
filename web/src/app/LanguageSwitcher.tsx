// Autonyms, each marked with its own language so screen readers pronounce it right.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { patch } from '../api/client.ts';
import type { User } from '../api/types.ts';
import { LANGUAGES, switchLanguage, type Lang } from '../i18n.ts';
import { SESSION_KEY } from './session.ts';

export function LanguageSwitcher({ user }: { user: User | null }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();

  async function choose(lang: Lang) {
    await switchLanguage(lang);
    if (!user || user.preferredLanguage === lang) return;
    try {
      const updated = await patch<User>('/api/v1/auth/me', { preferredLanguage: lang });
      client.setQueryData(SESSION_KEY, updated);
    } catch {
      // Remembered on this device anyway; the account keeps its previous choice.
    }
  }

  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              lang={l.code}
              dir={l.dir}
              aria-pressed={i18n.language === l.code}
              onClick={() => void choose(l.code)}
            >
              {l.autonym}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
