import { describe, expect, it } from 'vitest';
import { formatDateTime, formatGb } from './format';

describe('formatGb', () => {
  it.each([
    [1024, '1,024 GB'],
    [9.8, '9.8 GB'],
    [0.125, '0.13 GB'],
    [40, '40 GB'],
  ])('%s → %s', (gb, text) => {
    expect(formatGb(gb)).toBe(text);
  });
});

describe('formatDateTime', () => {
  it.each([
    ['2025-03-01T08:05:00Z', undefined, '2025-03-01 08:05 UTC'],
    ['2026-10-24T00:00:00.000Z', 'UTC', '2026-10-24 00:00 UTC'],
    // Midnight is 00, never 24 (some locales' h24 cycle).
    ['2026-12-01T23:59:59Z', 'UTC', '2026-12-01 23:59 UTC'],
    ['2026-10-24T00:00:00Z', 'Asia/Shanghai', '2026-10-24 08:00 GMT+8'],
    ['2026-10-24T00:00:00Z', 'Asia/Kolkata', '2026-10-24 05:30 GMT+5:30'],
    ['2026-01-15T10:00:00Z', 'America/New_York', '2026-01-15 05:00 GMT-5'],
  ])('%s in %s → %s', (iso, zone, text) => {
    expect(formatDateTime(iso, zone)).toBe(text);
  });

  it('keeps a value that is not a time as it is', () => {
    expect(formatDateTime('not a time')).toBe('not a time');
  });
});
