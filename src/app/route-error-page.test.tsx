// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describeError, RouteErrorPage } from './route-error-page';

function Boom(): never {
  throw new Error('The image list could not be drawn.');
}

afterEach(cleanup);

describe('RouteErrorPage', () => {
  it('replaces a page that throws with a friendly page naming the error and the ways on', async () => {
    // React and the router report the caught error on the console; the test only wants the page.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const router = createMemoryRouter([{ path: '/', element: <Boom />, errorElement: <RouteErrorPage /> }]);
    render(<RouterProvider router={router} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByText('The image list could not be drawn.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to Private Images' }).getAttribute('href')).toBe('/images/private');
    expect(document.title).toBe('Something went wrong · IMS Console');
    quiet.mockRestore();
    warn.mockRestore();
  });
});

describe('describeError', () => {
  it.each([
    [new Error('boom'), 'boom'],
    [new TypeError(''), 'TypeError'],
    ['plain text', 'plain text'],
    [42, 'An unknown error occurred.'],
  ])('%s reads %s', (error, text) => {
    expect(describeError(error)).toBe(text);
  });
});
