import { describe, expect, it } from 'vitest';
import { undoRejectMessage } from './use-answer';

describe('undoRejectMessage', () => {
  it.each([
    { from: 'accepted' as const, text: 'Accepted web-01 again' },
    { from: 'pending' as const, text: 'Accepted web-01: a share cannot return to Pending, so Undo accepts it' },
    { from: undefined, text: 'Accepted web-01: a share cannot return to Pending, so Undo accepts it' },
  ])('rejected from $from', ({ from, text }) => {
    expect(undoRejectMessage('web-01', from)).toBe(text);
  });
});
