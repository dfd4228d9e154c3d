import { describe, expect, it } from 'vitest';
import { reshareMessage } from './members-list';

describe('reshareMessage', () => {
  it.each([
    { count: 1, text: 'Shared web-01 again with 1 project; it is pending until it accepts again' },
    { count: 3, text: 'Shared web-01 again with 3 projects; they are pending until they accept again' },
  ])('$count', ({ count, text }) => {
    expect(reshareMessage('web-01', count)).toBe(text);
  });
});
