// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import type { AuditEntry } from '../../api/audit';
import { AuditTable } from './audit-table';

afterEach(cleanup);

function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 't-1',
    operation: 'update',
    time: '2026-11-30T05:01:02.000Z',
    userId: 'u-alice',
    userName: 'alice',
    accountId: 'acc-acme',
    regionId: 'cn-north-4',
    imageId: 'img-1',
    imageName: 'golden',
    method: 'PATCH',
    path: '/ims/cn-north-4/v2/cloudimages/img-1',
    result: 'success',
    status: 200,
    code: null,
    rule: null,
    message: null,
    ...overrides,
  };
}

const refused = entry({
  id: 't-2',
  operation: 'delete',
  imageId: 'img-2',
  imageName: 'pos-appliance',
  result: 'refused',
  status: 400,
  rule: 'delete.koogallery',
  code: 'IMG.0028',
  message: 'This image is published in KooGallery; published images cannot be deleted.',
});
const gone = entry({ id: 't-3', operation: 'delete', imageId: 'img-gone', imageName: 'old-image', method: 'DELETE' });

function renderTable(exists: ((e: AuditEntry) => boolean) | undefined) {
  render(
    <MemoryRouter>
      <AuditTable
        rows={[refused, entry(), gone]}
        accountName={(id) => (id === 'acc-acme' ? 'Acme Retail' : id)}
        exists={exists}
      />
    </MemoryRouter>,
  );
  return screen.getAllByRole('row').slice(1);
}

describe('AuditTable', () => {
  it('shows a refusal with its result, rule link and message', () => {
    const [row] = renderTable(() => true);
    const cells = within(row!);
    expect(cells.getByText('Refused')).toBeTruthy();
    expect(cells.getByText('Delete')).toBeTruthy();
    expect(cells.getByText('Acme Retail')).toBeTruthy();
    expect(cells.getByRole('link', { name: 'delete.koogallery' }).getAttribute('href')).toBe(
      '/constraints#delete.koogallery',
    );
    expect(cells.getByText(/published images cannot be deleted/)).toBeTruthy();
  });

  it('links images that still exist, and names the others with their ID', () => {
    const rows = renderTable((e) => e.imageId !== 'img-gone');
    expect(within(rows[1]!).getByRole('link', { name: 'golden' }).getAttribute('href')).toBe('/images/private/img-1');
    expect(within(rows[1]!).getByText('Success')).toBeTruthy();
    expect(within(rows[1]!).getByText('PATCH 200')).toBeTruthy();
    expect(within(rows[2]!).queryByRole('link')).toBeNull();
    expect(within(rows[2]!).getByText('img-gone')).toBeTruthy();
  });

  it('links no image while existence is unknown', () => {
    const rows = renderTable(undefined);
    expect(within(rows[1]!).queryByRole('link', { name: 'golden' })).toBeNull();
  });

  it('shows a placeholder across the table instead of rows', () => {
    render(
      <MemoryRouter>
        <AuditTable rows={[]} accountName={(id) => id} exists={undefined} placeholder="No writes recorded yet" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('cell', { name: 'No writes recorded yet' }).getAttribute('colspan')).toBe('9');
  });
});
