/** The console's languages, as BCP 47 tags (`<html lang>`, `?lang=`). */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's own name, as the language switch shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '中文' };

/** The `X-Language` header values Huawei Cloud APIs take. */
export const WIRE_LANGUAGE: Record<Language, string> = { en: 'en-us', 'zh-CN': 'zh-cn' };

/**
 * The console language a tag asks for: any Chinese tag (`zh`, `zh-cn`, `zh-Hans-CN`) is Simplified
 * Chinese, any English tag is English, anything else none. Case does not matter, since headers,
 * URLs and `navigator.language` spell tags differently.
 */
export function languageOf(tag: string | null | undefined): Language | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return null;
}
