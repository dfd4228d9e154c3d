import { describe, expect, it } from 'vitest';
import { makeImage } from '../test-fixtures';
import { hasOsAttributes } from '../rules/modify';
import { sourceBackupOf, type Image } from './image';

describe('sourceBackupOf', () => {
  it.each<{ name: string; image: Partial<Image>; backup: ReturnType<typeof sourceBackupOf> }>([
    {
      name: 'a full-ECS image from a CSBS backup',
      image: { type: 'whole', source: { kind: 'csbs-backup', backupId: 'b1', backupName: 'erp-db' } },
      backup: { backupId: 'b1', backupName: 'erp-db' },
    },
    {
      name: 'a full-ECS image from a CBR backup',
      image: { type: 'whole', source: { kind: 'cbr-backup', backupId: 'b2', backupName: 'erp-app' } },
      backup: { backupId: 'b2', backupName: 'erp-app' },
    },
    { name: 'a full-ECS image from an ECS', image: { type: 'whole' }, backup: undefined },
    {
      name: 'a system disk image from a backup',
      image: { type: 'system', source: { kind: 'cbr-backup', backupId: 'b3', backupName: 'x' } },
      backup: undefined,
    },
  ])('$name', ({ image, backup }) => {
    expect(sourceBackupOf(makeImage(image))).toEqual(backup);
  });
});

describe('hasOsAttributes', () => {
  it.each([
    ['system', true],
    ['whole', true],
    ['iso', true],
    ['data', false],
  ] as const)('%s disk image: %s', (type, expected) => {
    expect(hasOsAttributes({ type })).toBe(expected);
  });
});
