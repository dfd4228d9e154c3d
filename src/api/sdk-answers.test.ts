// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { IMS_ATTRIBUTES_OUTSIDE_SDK } from '../domain/wire/image';
import {
  SDK_FULL_ECS_IMAGE,
  SDK_IMAGE_ANSWERS,
  SDK_PRIVATE_SYSTEM_IMAGE,
  SDK_PUBLIC_IMAGE,
  SDK_SHARED_IMAGE,
} from '../domain/wire/sdk-fixtures';
import { isSdkImageInfoField } from '../domain/wire/sdk-image-info';
import { imagePageOf, imageRowOf } from './images';

describe('SDK-only image answers', () => {
  it('hold only fields of the SDK’s ImageInfo (and __whole_image, which its model lacks)', () => {
    for (const answer of SDK_IMAGE_ANSWERS) {
      const foreign = Object.keys(answer).filter(
        (key) => !isSdkImageInfoField(key) && !(IMS_ATTRIBUTES_OUTSIDE_SDK as readonly string[]).includes(key),
      );
      expect(foreign, answer.name).toEqual([]);
    }
  });

  it('are read by the list parser, without the mock’s total', () => {
    const page = imagePageOf({ images: SDK_IMAGE_ANSWERS }, 'cn-north-4');
    expect(page.rows.map((r) => r.image.id)).toEqual(SDK_IMAGE_ANSWERS.map((a) => a.id));
    expect(page.total).toBe(4);
    expect(page.nextMarker).toBeUndefined();
  });

  it.each([
    {
      answer: SDK_PRIVATE_SYSTEM_IMAGE,
      expected: {
        type: 'system',
        source: {
          kind: 'ecs',
          serverId: '2a9c8d4e-51b7-4f0e-a6d3-3f1b9c7e2d10',
          serverName: '2a9c8d4e-51b7-4f0e-a6d3-3f1b9c7e2d10',
        },
        kmsKeyId: null,
        nicMultiQueue: true,
        tags: [
          { key: 'env', value: 'prod' },
          { key: 'app', value: 'web-frontend' },
        ],
      },
    },
    {
      answer: SDK_FULL_ECS_IMAGE,
      expected: {
        type: 'whole',
        source: {
          kind: 'cbr-backup',
          backupId: '5c7e9a1b-3d5f-4b7a-8c9e-1f3a5b7c9d21',
          backupName: '5c7e9a1b-3d5f-4b7a-8c9e-1f3a5b7c9d21',
        },
        description: '',
        enterpriseProjectId: '0',
        bootMode: 'bios',
      },
    },
    {
      answer: SDK_PUBLIC_IMAGE,
      expected: { type: 'system', source: { kind: 'unknown', origin: '' }, bootMode: 'uefi', maxRamMb: 1_048_576 },
    },
    {
      answer: SDK_SHARED_IMAGE,
      expected: {
        type: 'data',
        source: { kind: 'volume', volumeId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' },
        fromKooGallery: true,
        kmsKeyId: null,
        sizeGb: 20,
      },
    },
  ])('reads $answer.name through the detail parser, with unknown for what it does not say', ({ answer, expected }) => {
    const { image } = imageRowOf(answer, 'cn-north-4');
    expect(image).toMatchObject(expected);
    // The mock's own facts are absent from a real answer: unknown, not false.
    expect(image.publishedInKooGallery).toBeNull();
    expect(image.sourceServerHadCsbsBackup).toBeNull();
    expect(image.publicImage).toBeNull();
  });
});
