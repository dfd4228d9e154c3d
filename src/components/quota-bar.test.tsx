// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuotaBar } from './quota-bar';

afterEach(cleanup);

const SUBJECT = 'Private images in CN North-Beijing4';

describe('QuotaBar', () => {
  it.each<[number, number, string, string]>([
    [23, 50, '46', 'MuiLinearProgress-colorPrimary'],
    [40, 50, '80', 'MuiLinearProgress-colorWarning'],
    [50, 50, '100', 'MuiLinearProgress-colorError'],
  ])('%i of %i: named with the numbers, %s %%, coloured by level', (used, limit, value, colour) => {
    render(<QuotaBar subject={SUBJECT} usage={{ used, limit }} />);
    const bar = screen.getByRole('progressbar', { name: `${SUBJECT}: ${used} of ${limit} used` });
    expect(bar.getAttribute('aria-valuenow')).toBe(value);
    expect(bar.getAttribute('aria-valuetext')).toBe(`${used} of ${limit} used`);
    expect(bar.className).toContain(colour);
    expect(screen.getByText(`${used} / ${limit}`)).toBeTruthy();
  });

  it('leaves the numbers to the label beside it when asked', () => {
    render(<QuotaBar subject={SUBJECT} usage={{ used: 3, limit: 50 }} showNumbers={false} />);
    expect(screen.getByRole('progressbar', { name: `${SUBJECT}: 3 of 50 used` })).toBeTruthy();
    expect(screen.queryByText('3 / 50')).toBeNull();
  });
});
