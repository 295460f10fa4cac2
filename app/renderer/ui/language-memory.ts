/**
 * The UI language across launches: `?lang=` first, then the one chosen last time (localStorage), then the
 * browser's preference; every change is remembered. Storage may be unavailable (a locked-down profile): then the
 * choice lasts for the session only.
 */
import { preferredLanguage, type Language } from '#app/shared/i18n/i18n.ts';
import type { AppStore } from '../state/store.ts';

const LANGUAGE_KEY = 'atenea.language';

/** The language to start in, for the page's query string. */
export function initialLanguage(search: string): Language {
  const q = new URLSearchParams(search).get('lang');
  if (q === 'es' || q === 'en') return q;
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (saved === 'es' || saved === 'en') return saved;
  } catch {
    /* storage may be unavailable */
  }
  return preferredLanguage(navigator.languages ?? [navigator.language]);
}

/** Remembers every language change of `store`; returns the unsubscribe. */
export function rememberLanguage(store: AppStore): () => void {
  return store.subscribe(
    (s) => s.language,
    (language) => {
      try {
        localStorage.setItem(LANGUAGE_KEY, language);
      } catch {
        /* storage may be unavailable */
      }
    },
  );
}
