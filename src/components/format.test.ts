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
  it('shows UTC, day first', () => {
    expect(formatDateTime('2025-03-01T08:05:00Z')).toBe('01 Mar 2025, 08:05 UTC');
  });

  it('keeps a value that is not a time as it is', () => {
    expect(formatDateTime('not a time')).toBe('not a time');
  });
});
