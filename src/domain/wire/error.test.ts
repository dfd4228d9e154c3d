import { describe, expect, it } from 'vitest';
import { domainFieldOf } from './error';
import { modifyBodyFields } from './modify';
import { replicateBodyFields } from './replicate';

describe('domainFieldOf', () => {
  const table = { cmk_id: 'kmsKeyId', image_tags: 'tags', 'data_images.#.volume_id': 'dataDiskIds.#' };

  it('renames a body key and keeps the rest of its path', () => {
    expect(domainFieldOf(table, ['cmk_id'])).toBe('kmsKeyId');
    expect(domainFieldOf(table, ['image_tags', 3, 'key'])).toBe('tags.3.key');
  });

  it('carries a row number through `#`', () => {
    expect(domainFieldOf(table, ['data_images', 2, 'volume_id'])).toBe('dataDiskIds.2');
    expect(domainFieldOf(table, ['data_images', 'x', 'volume_id'])).toBeUndefined();
  });

  it('answers undefined for a key with no domain counterpart', () => {
    expect(domainFieldOf(table, ['data_images', 0, 'name'])).toBeUndefined();
    expect(domainFieldOf(replicateBodyFields, ['delete_backup'])).toBeUndefined();
  });
});

describe('modifyBodyFields', () => {
  const body = [
    { op: 'replace', path: '/name', value: 'x' },
    { op: 'replace', path: '/min_ram', value: 'lots' },
  ];

  it('names the attribute of the entry a problem is in', () => {
    expect(modifyBodyFields([1, 'value'], body)).toBe('minRamMb');
    expect(modifyBodyFields([0, 'op'], body)).toBe('name');
  });

  it('names nothing outside the entries or for an unknown path', () => {
    expect(modifyBodyFields([], body)).toBeUndefined();
    expect(modifyBodyFields([0, 'path'], [{ op: 'replace', path: '/os_version' }])).toBeUndefined();
  });
});
