import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, setDomainLanguage, type Language } from '../../domain';
import { enResources } from './resources.en';

/*
 * The UI's i18next instance. English is bundled (it is the fallback and what tests speak by
 * default); Chinese is its own chunk, loaded before the first render when the console speaks it.
 */
void i18next.use(initReactI18next).init({
  resources: { en: enResources },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  ns: Object.keys(enResources),
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});

async function loadCatalogue(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'common')) return;
  const { zhCNResources } = await import('./resources.zh-CN');
  for (const [namespace, messages] of Object.entries(zhCNResources)) {
    i18next.addResourceBundle(language, namespace, messages, true, true);
  }
}

/**
 * Makes `language` the console's: its catalogue loaded, i18next, the rules' sentences (domain)
 * and `<html lang>` switched together, so no screen mixes two languages.
 */
export async function applyLanguage(language: Language): Promise<void> {
  await loadCatalogue(language);
  setDomainLanguage(language);
  await i18next.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export { i18next as consoleI18n };
