import { describe, expect, it } from 'vitest';
import type { Image } from '../model/image';
import { bobsImage, makeContext, makeImage, makeViewer, outcome, type Outcome } from '../test-fixtures';
import { canPublish } from './publish';

describe('canPublish', () => {
  it.each<{ name: string; guards?: string; image: Image; expected: Outcome }>([
    {
      guards: 'encrypt.koogallery',
      name: 'encrypt.koogallery allows an unencrypted image',
      image: makeImage(),
      expected: { allowed: true },
    },
    {
      name: 'encrypt.koogallery denies an image on a custom key',
      image: makeImage({ kmsKeyId: 'key-app-bj4' }),
      expected: {
        allowed: false,
        rule: 'encrypt.koogallery',
        reason: 'This image is encrypted with KMS key app-data; encrypted images cannot be published in KooGallery.',
      },
    },
    {
      name: 'encrypt.koogallery denies an image on the default key',
      image: makeImage({ kmsKeyId: 'key-default-bj4' }),
      expected: {
        allowed: false,
        rule: 'encrypt.koogallery',
        reason: 'This image is encrypted with KMS key ims/default; encrypted images cannot be published in KooGallery.',
      },
    },
    {
      name: 'access.owner denies an image of another tenant',
      image: bobsImage(),
      expected: {
        allowed: false,
        rule: 'access.owner',
        reason: 'This image belongs to another project; only its owner can change it.',
      },
    },
  ])('$name', ({ image, expected }) => {
    expect(outcome(canPublish(image, makeViewer(), makeContext()))).toEqual(expected);
  });
});
