import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../api/audit';
import {
  auditPage,
  isFiltered,
  matchesImage,
  operationLabel,
  readAuditView,
  serverFilter,
  writeAuditView,
  type AuditView,
} from './audit-view';

function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 't-1',
    operation: 'update',
    time: '2026-11-30T05:01:02.000Z',
    userId: 'u-alice',
    userName: 'alice',
    accountId: 'acc-acme',
    regionId: 'cn-north-4',
    imageId: 'img-0001',
    imageName: 'web-frontend-centos7-golden',
    method: 'PATCH',
    path: '/ims/cn-north-4/v2/cloudimages/img-0001',
    result: 'success',
    status: 200,
    code: null,
    rule: null,
    message: null,
    ...overrides,
  };
}

const PLAIN: AuditView = {
  operation: undefined,
  result: undefined,
  user: undefined,
  image: '',
  page: 0,
  rowsPerPage: 25,
};

describe('readAuditView / writeAuditView', () => {
  it.each<{ query: string; view: AuditView }>([
    { query: '', view: PLAIN },
    {
      query: 'operation=delete&result=refused&user=alice&image=pos&page=3&rows=50',
      view: { operation: 'delete', result: 'refused', user: 'alice', image: 'pos', page: 2, rowsPerPage: 50 },
    },
  ])('round-trips "$query"', ({ query, view }) => {
    expect(readAuditView(new URLSearchParams(query))).toEqual(view);
    expect(writeAuditView(view).toString()).toBe(query);
  });

  it.each([
    { query: 'operation=drop-table', field: 'operation', value: undefined },
    { query: 'result=maybe', field: 'result', value: undefined },
    { query: 'page=-4', field: 'page', value: 0 },
    { query: 'page=two', field: 'page', value: 0 },
    { query: 'rows=7', field: 'rowsPerPage', value: 25 },
    { query: 'user=', field: 'user', value: undefined },
  ])('ignores a wrong value: $query', ({ query, field, value }) => {
    expect(readAuditView(new URLSearchParams(query))[field as keyof AuditView]).toEqual(value);
  });
});

describe('serverFilter and isFiltered', () => {
  it('sends operation, result and user; keeps the image text for the page', () => {
    const view = { ...PLAIN, operation: 'share', result: 'failed' as const, user: 'oliver', image: 'erp' };
    expect(serverFilter(view)).toEqual({ operation: 'share', result: 'failed', user: 'oliver' });
    expect(serverFilter(PLAIN)).toEqual({});
    expect(isFiltered(PLAIN)).toBe(false);
    expect(isFiltered({ ...PLAIN, image: 'erp' })).toBe(true);
  });
});

describe('matchesImage', () => {
  it.each([
    { text: '', expected: true },
    { text: 'GOLDEN', expected: true },
    { text: 'img-00', expected: true },
    { text: '  centos7 ', expected: true },
    { text: 'windows', expected: false },
  ])('"$text" → $expected', ({ text, expected }) => {
    expect(matchesImage(entry(), text)).toBe(expected);
  });

  it('never matches a write that concerns no image, unless the text is empty', () => {
    const noImage = entry({ imageId: null, imageName: null });
    expect(matchesImage(noImage, 'x')).toBe(false);
    expect(matchesImage(noImage, '')).toBe(true);
  });
});

describe('auditPage', () => {
  const entries = Array.from({ length: 60 }, (_, i) =>
    entry({ id: `t-${i}`, imageName: i % 2 === 0 ? `even-${i}` : `odd-${i}` }),
  );

  it('pages the entries that match the image text', () => {
    const page = auditPage(entries, { ...PLAIN, page: 1 });
    expect(page).toMatchObject({ total: 60, page: 1 });
    expect(page.rows.map((r) => r.id)).toEqual(entries.slice(25, 50).map((e) => e.id));
    const odd = auditPage(entries, { ...PLAIN, image: 'odd' });
    expect(odd.total).toBe(30);
    expect(odd.rows.every((r) => r.imageName?.startsWith('odd'))).toBe(true);
  });

  it('moves back to the last page when filtering leaves fewer', () => {
    const page = auditPage(entries, { ...PLAIN, image: 'odd-5', page: 4 });
    // odd-5, odd-51, odd-53, ...: one page.
    expect(page.page).toBe(0);
    expect(page.rows.map((r) => r.imageName)).toEqual(['odd-5', 'odd-51', 'odd-53', 'odd-55', 'odd-57', 'odd-59']);
    expect(auditPage([], { ...PLAIN, page: 3 })).toEqual({ rows: [], total: 0, page: 0 });
  });
});

describe('labels', () => {
  it('names operations as the menus do, and keeps unknown ones', () => {
    expect(operationLabel('update')).toBe('Modify');
    expect(operationLabel('answer-share')).toBe('Accept or reject share');
    expect(operationLabel('rebuild')).toBe('rebuild');
  });
});
