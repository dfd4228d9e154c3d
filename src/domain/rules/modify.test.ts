import { describe, expect, it } from 'vitest';
import type { Image } from '../model/image';
import { makeContext, makeImage, makeViewer, outcome, type Outcome } from '../test-fixtures';
import { canModify, modifyViolations, type ModifyInput } from './modify';

interface Row {
  name: string;
  image?: Partial<Image>;
  input?: ModifyInput;
}

function decide(row: Row) {
  return canModify(makeImage(row.image), makeViewer(), makeContext(), row.input);
}

const DATA_DISK: Partial<Image> = { type: 'data', osType: 'Other', platform: 'Other', publicImage: null };

describe('canModify allows', () => {
  it.each<Row & { guards: string }>([
    { guards: 'modify.status', name: 'an active image (menu)' },
    { guards: 'modify.fields', name: 'a new name', input: { name: 'centos-7-web-v2' } },
    { guards: 'modify.fields', name: 'a 1024-character description', input: { description: 'd'.repeat(1024) } },
    { guards: 'modify.fields', name: 'an empty description', input: { description: '' } },
    { guards: 'modify.fields', name: 'memory 1024–4096 MB', input: { minRamMb: 1024, maxRamMb: 4096 } },
    { guards: 'modify.fields', name: 'minimum memory with no maximum', input: { minRamMb: 2048, maxRamMb: null } },
    { guards: 'modify.fields', name: 'UEFI and NIC multi-queue', input: { bootMode: 'uefi', nicMultiQueue: true } },
    {
      guards: 'modify.fields',
      name: 'name and description of a data disk image',
      image: DATA_DISK,
      input: { name: 'data-01', description: 'logs' },
    },
    {
      guards: 'encrypt.key-fixed',
      name: 'the same key sent back unchanged',
      image: { kmsKeyId: 'key-app-bj4' },
      input: { name: 'x', kmsKeyId: 'key-app-bj4' },
    },
    { guards: 'encrypt.key-fixed', name: 'no key on an unencrypted image', input: { kmsKeyId: null } },
  ])('$guards: $name', (row) => {
    expect(decide(row)).toEqual({ allowed: true });
  });
});

describe('canModify denies', () => {
  it.each<Row & { expected: Outcome }>([
    {
      name: 'an image being created',
      image: { status: 'saving' },
      expected: {
        allowed: false,
        rule: 'modify.status',
        reason: 'This image is Creating; only Normal images can be modified.',
      },
    },
    {
      name: 'an abnormal image',
      image: { status: 'killed' },
      input: { name: 'fixed' },
      expected: {
        allowed: false,
        rule: 'modify.status',
        reason: 'This image is Abnormal; only Normal images can be modified.',
      },
    },
    {
      name: 'an empty name',
      input: { name: '' },
      expected: { allowed: false, rule: 'modify.fields', reason: 'Name is empty.', field: 'name' },
    },
    {
      name: 'a name with <',
      input: { name: 'web<1>' },
      expected: {
        allowed: false,
        rule: 'modify.fields',
        reason: 'Name contains "<", which is not allowed.',
        field: 'name',
      },
    },
    {
      name: 'a 129-character name',
      input: { name: 'n'.repeat(129) },
      expected: {
        allowed: false,
        rule: 'modify.fields',
        reason: 'Name is 129 characters long; at most 128 are allowed.',
        field: 'name',
      },
    },
    {
      name: 'a description with angle brackets',
      input: { description: 'see <script>' },
      expected: {
        allowed: false,
        rule: 'modify.fields',
        reason: 'Description contains < or >, which are not allowed.',
        field: 'description',
      },
    },
    {
      name: 'a 1025-character description',
      input: { description: 'd'.repeat(1025) },
      expected: {
        allowed: false,
        rule: 'modify.fields',
        reason: 'Description is 1025 characters long; at most 1024 are allowed.',
        field: 'description',
      },
    },
    {
      name: 'minimum memory above maximum',
      input: { minRamMb: 8192, maxRamMb: 4096 },
      expected: {
        allowed: false,
        rule: 'modify.fields',
        reason: 'Minimum memory (8192 MB) is above the maximum memory (4096 MB).',
        field: 'minRamMb',
      },
    },
    {
      name: 'a lower maximum than the stored minimum',
      image: { minRamMb: 2048 },
      input: { maxRamMb: 1024 },
      expected: {
        allowed: false,
        rule: 'modify.fields',
        reason: 'Minimum memory (2048 MB) is above the maximum memory (1024 MB).',
        field: 'minRamMb',
      },
    },
    {
      name: 'negative minimum memory',
      input: { minRamMb: -1 },
      expected: {
        allowed: false,
        rule: 'modify.fields',
        reason: 'Minimum memory must be a whole number of MB from 0 to 1048576.',
        field: 'minRamMb',
      },
    },
    {
      name: 'fractional maximum memory',
      input: { maxRamMb: 1.5 },
      expected: {
        allowed: false,
        rule: 'modify.fields',
        reason: 'Maximum memory must be a whole number of MB from 0 to 1048576.',
        field: 'maxRamMb',
      },
    },
    {
      name: 'boot mode on a data disk image',
      image: DATA_DISK,
      input: { bootMode: 'uefi' },
      expected: {
        allowed: false,
        rule: 'modify.fields',
        reason: 'Boot mode cannot be set on a data disk image, which has no OS.',
        field: 'bootMode',
      },
    },
    {
      name: 'NIC multi-queue on a data disk image',
      image: DATA_DISK,
      input: { nicMultiQueue: false },
      expected: {
        allowed: false,
        rule: 'modify.fields',
        reason: 'NIC multi-queue cannot be set on a data disk image, which has no OS.',
        field: 'nicMultiQueue',
      },
    },
    {
      name: 'another key for an encrypted image',
      image: { kmsKeyId: 'key-app-bj4' },
      input: { kmsKeyId: 'key-default-bj4' },
      expected: {
        allowed: false,
        rule: 'encrypt.key-fixed',
        reason: 'This image is encrypted with KMS key app-data; the key of an image cannot be changed.',
        field: 'kmsKeyId',
      },
    },
    {
      name: 'decrypting an encrypted image in place',
      image: { kmsKeyId: 'key-app-bj4' },
      input: { kmsKeyId: null },
      expected: {
        allowed: false,
        rule: 'encrypt.key-fixed',
        reason: 'This image is encrypted with KMS key app-data; the key of an image cannot be changed.',
        field: 'kmsKeyId',
      },
    },
    {
      name: 'encrypting an unencrypted image in place',
      input: { kmsKeyId: 'key-app-bj4' },
      expected: {
        allowed: false,
        rule: 'encrypt.key-fixed',
        reason: 'This image is not encrypted; a key cannot be added to an existing image.',
        field: 'kmsKeyId',
      },
    },
  ])('$expected.rule: $name', (row) => {
    expect(outcome(decide(row))).toEqual(row.expected);
  });
});

describe('modifyViolations', () => {
  it('lists every bad field of a data disk image in order', () => {
    const image = makeImage(DATA_DISK);
    const fields = modifyViolations(image, makeViewer(), makeContext(), {
      name: '',
      description: '<b>',
      minRamMb: 1,
      maxRamMb: 2,
      bootMode: 'bios',
      nicMultiQueue: true,
    }).map((d) => d.field);
    expect(fields).toEqual(['name', 'description', 'minRamMb', 'maxRamMb', 'bootMode', 'nicMultiQueue']);
  });
});
