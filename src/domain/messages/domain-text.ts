import i18next, { type TOptions } from 'i18next';
import { DEFAULT_LANGUAGE, type Language } from '../language';
import { domainEn } from './domain.en';
import { domainZhCN } from './domain.zh-CN';

/*
 * The domain's own i18next instance, holding both languages at once: the rules write their
 * sentences in the console's language, and the mock backend writes a refusal in the language a
 * request asks for (`X-Language`), from the same catalogue. Both are small and synchronous.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: { en: { domain: domainEn }, 'zh-CN': { domain: domainZhCN } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: false,
  ns: ['domain'],
  defaultNS: 'domain',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// Keys are checked by `DomainTextKey`; the UI's i18next typing (its namespaces) does not apply here.
const translate = instance.t.bind(instance) as unknown as (key: string, options: TOptions) => string;

let current: Language = DEFAULT_LANGUAGE;

/** The language the rules speak in this page; the app sets it from the user's preference. */
export function setDomainLanguage(language: Language): void {
  current = language;
}

export function domainLanguage(): Language {
  return current;
}

/** Dotted key paths of a catalogue: `rules.create.quota.reason`. */
type KeyPaths<T> = {
  [K in Extract<keyof T, string>]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}`;
}[Extract<keyof T, string>];

/** Keys without their plural suffix, as `t` takes them with `count`. */
type Unsuffixed<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;

export type DomainTextKey = Unsuffixed<KeyPaths<typeof domainEn>>;

/** A domain sentence in `language` (the page's by default), its values put in by i18next. */
export function domainText(key: DomainTextKey, values?: TOptions, language: Language = current): string {
  return translate(key, { ...values, lng: language });
}
