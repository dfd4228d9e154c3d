// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { UseQueryResult } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { BucketObject } from '../../domain';
import { formatDateTime } from '../../components/format';
import { BucketFiles } from './bucket-files';

afterEach(cleanup);

const result = (state: Partial<UseQueryResult<BucketObject[]>>) =>
  ({ isPending: false, isError: false, data: undefined, error: null, refetch: () => undefined, ...state }) as never;

const file = (key: string, createdAt: string, sizeGb = 12.4): BucketObject => ({
  key,
  sizeGb,
  format: 'qcow2',
  createdAt,
  exportedFromImageId: null,
});

describe('BucketFiles', () => {
  it('lists the files newest first with size, format and time', () => {
    const files = [file('old.qcow2', '2025-01-01T08:00:00Z'), file('new.qcow2', '2025-03-01T08:00:00Z', 9.8)];
    render(<BucketFiles bucket="acme-image-exports" files={result({ data: files })} />);
    const table = screen.getByRole('table', { name: 'Files in acme-image-exports' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'NameSizeFormatLast modified',
      `new.qcow29.8 GBQCOW2${formatDateTime('2025-03-01T08:00:00Z')}`,
      `old.qcow212.4 GBQCOW2${formatDateTime('2025-01-01T08:00:00Z')}`,
    ]);
  });

  it('has designed loading, empty and error states', () => {
    const { rerender } = render(<BucketFiles bucket="b1" files={result({ isPending: true })} />);
    expect(screen.getByRole('status').textContent).toBe('Loading files…');
    rerender(<BucketFiles bucket="b1" files={result({ data: [] })} />);
    expect(screen.getByText('No files in b1 yet.')).toBeTruthy();
    rerender(<BucketFiles bucket="b1" files={result({ isError: true, error: new Error('OBS is down.') })} />);
    expect(screen.getByText('The files in b1 could not be listed: OBS is down.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
