import { DEFAULT_SETTINGS, mockSettingsSchema, type MockSettings } from '../settings';

/**
 * Settings from storage, then the page's overrides (`?jobSpeed=`); anything invalid is dropped
 * field by field, so one bad value does not lose the others.
 */
export function mergeSettings(stored: string | null, overrides: Partial<MockSettings> | undefined): MockSettings {
  let merged: MockSettings = { ...DEFAULT_SETTINGS };
  for (const source of [parseStored(stored), overrides ?? {}]) {
    for (const [field, value] of Object.entries(source)) {
      if (!Object.hasOwn(DEFAULT_SETTINGS, field)) continue;
      const candidate = { ...merged, [field]: value };
      if (mockSettingsSchema.safeParse(candidate).success) merged = candidate;
    }
  }
  return merged;
}

function parseStored(stored: string | null): Record<string, unknown> {
  if (stored === null) return {};
  try {
    const value: unknown = JSON.parse(stored);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
