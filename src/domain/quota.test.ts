import { describe, expect, it } from 'vitest';
import { quotaLevel, quotaPercent } from './quota';

describe('quotaLevel colours a quota bar', () => {
  it.each<[number, number, ReturnType<typeof quotaLevel>]>([
    [0, 50, 'ok'],
    [39, 50, 'ok'],
    [40, 50, 'warning'],
    [49, 50, 'warning'],
    [50, 50, 'full'],
    [51, 50, 'full'],
    [0, 0, 'full'],
  ])('%i of %i is %s', (used, limit, level) => {
    expect(quotaLevel({ used, limit })).toBe(level);
  });
});

describe('quotaPercent', () => {
  it.each<[number, number, number]>([
    [0, 50, 0],
    [23, 50, 46],
    [50, 50, 100],
    [60, 50, 100],
    [0, 0, 100],
  ])('%i of %i is %i %%', (used, limit, percent) => {
    expect(quotaPercent({ used, limit })).toBe(percent);
  });
});
