// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { PageHeader } from './page-header';

afterEach(cleanup);

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/images/private/:imageId',
        handle: { trail: [{ label: 'Images' }, { label: 'Private Images', to: '/images/private' }] },
        element: <PageHeader title="web-frontend-centos7-golden" />,
      },
      { path: '/plain', element: <PageHeader title="Plain" /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
}

describe('PageHeader', () => {
  it("builds the breadcrumb from the route's trail and ends it with the page's title", async () => {
    renderAt('/images/private/img-1');
    const breadcrumb = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).queryByRole('link', { name: 'Images' })).toBeNull();
    expect(within(breadcrumb).getByText('Images')).toBeTruthy();
    expect(within(breadcrumb).getByRole('link', { name: 'Private Images' }).getAttribute('href')).toBe(
      '/images/private',
    );
    expect(within(breadcrumb).getByText('web-frontend-centos7-golden').getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { level: 1, name: 'web-frontend-centos7-golden' })).toBeTruthy();
    expect(document.title).toBe('web-frontend-centos7-golden · IMS Console');
  });

  it('a route without a trail still names the current page', async () => {
    renderAt('/plain');
    const breadcrumb = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).queryAllByRole('link')).toEqual([]);
    expect(within(breadcrumb).getByText('Plain').getAttribute('aria-current')).toBe('page');
  });
});
