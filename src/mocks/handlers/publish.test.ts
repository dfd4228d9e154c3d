import { describe, expect, it } from 'vitest';
import { canPublish, type Image } from '../../domain';
import { imsImageSchema } from '../../domain/wire/image';
import { ACME_IMAGES } from '../seed';
import { dbState, expectMalformed, expectRefusal, imageNamed, lastAudit } from './image-test-kit';
import { api, errorOf, REGION, rulesOf, useBackend, viewerOf, type UserName } from './test-kit';

const { backend } = useBackend();
const A = ACME_IMAGES;
const deletePath = (image: Pick<Image, 'id'>) => `/ims/${REGION}/v2/images/${image.id}`;

describe('POST /v1/cloudimages/{id}/publish (mock extension)', () => {
  const publish = (user: UserName, image: Image) =>
    api(user, 'POST', `/ims/${REGION}/v1/cloudimages/${image.id}/publish`);

  it('publishes in KooGallery, after which the image can no longer be deleted', async () => {
    const image = imageNamed(backend(), A.ubuntu);
    const response = await publish('alice', image);
    expect(response.status).toBe(200);
    expect(imsImageSchema.parse(response.body).__koogallery_published).toBe('true');
    const refused = await api('alice', 'DELETE', deletePath(image));
    expect(errorOf(refused).rule).toBe('delete.koogallery');
  });

  it.each([
    ['encrypt.koogallery', 'alice', A.encrypted],
    ['access.read-only', 'oliver', A.ubuntu],
    ['access.owner', 'gina', A.golden],
  ] as const)('refuses with %s exactly as canPublish decides', async (rule, user, name) => {
    const image = imageNamed(backend(), name);
    const before = dbState(backend());
    const expected = canPublish(image, viewerOf(backend(), user), rulesOf(backend(), user));
    expectRefusal(await publish(user, image), expected, rule);
    expect(dbState(backend())).toBe(before);
    expect(lastAudit(backend())).toMatchObject({ operation: 'publish', result: 'refused', rule });
  });

  it('answers 404 for an unknown image', async () => {
    expectMalformed(await publish('alice', { id: 'no-such-image' } as Image), 404);
  });
});
