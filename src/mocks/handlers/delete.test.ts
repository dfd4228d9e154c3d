import { describe, expect, it } from 'vitest';
import { canDelete, type Image } from '../../domain';
import { ACME_IMAGES, BACKUPS, backupIdOf, GLOBEX_IMAGES } from '../seed';
import { dbState, expectMalformed, expectRefusal, imageNamed, lastAudit } from './image-test-kit';
import { api, REGION, rulesOf, useBackend, viewerOf } from './test-kit';

const { backend } = useBackend();
const A = ACME_IMAGES;
const G = GLOBEX_IMAGES;
const LIST = `/ims/${REGION}/v2/cloudimages`;
const imagePath = (image: Pick<Image, 'id'>) => `${LIST}/${image.id}`;
const deletePath = (image: Pick<Image, 'id'>) => `/ims/${REGION}/v2/images/${image.id}`;

describe('DELETE /v2/images/{id}', () => {
  it('deletes an image with its members and tags, 204', async () => {
    const golden = imageNamed(backend(), A.golden);
    expect(
      backend()
        .db()
        .members.some((m) => m.imageId === golden.id),
    ).toBe(true);
    const response = await api('alice', 'DELETE', deletePath(golden));
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
    expect(
      backend()
        .db()
        .images.some((i) => i.id === golden.id),
    ).toBe(false);
    expect(
      backend()
        .db()
        .members.some((m) => m.imageId === golden.id),
    ).toBe(false);
    expect(lastAudit(backend())).toMatchObject({
      operation: 'delete',
      result: 'success',
      imageId: golden.id,
      imageName: golden.name,
    });
    expectMalformed(await api('alice', 'GET', imagePath(golden)), 404);
  });

  it('removes the backup of a full-ECS image only when delete_backup is true', async () => {
    const csbs = backupIdOf(BACKUPS.erpDbCsbs);
    const cbr = backupIdOf(BACKUPS.erpAppCbr);
    expect((await api('alice', 'DELETE', deletePath(imageNamed(backend(), A.wholeFromCbr)), {})).status).toBe(204);
    expect(
      backend()
        .db()
        .backups.some((b) => b.id === cbr),
    ).toBe(true);
    expect(
      (await api('alice', 'DELETE', deletePath(imageNamed(backend(), A.wholeFromCsbs)), { delete_backup: true }))
        .status,
    ).toBe(204);
    expect(
      backend()
        .db()
        .backups.some((b) => b.id === csbs),
    ).toBe(false);
  });

  it.each([
    ['delete.koogallery', 'alice', A.publishedInKooGallery],
    ['delete.in-progress', 'alice', A.creating],
    ['delete.owner', 'gina', A.golden],
    ['access.read-only', 'oliver', A.ubuntu],
  ] as const)('refuses with %s exactly as canDelete decides', async (rule, user, name) => {
    const image = imageNamed(backend(), name);
    const before = dbState(backend());
    const expected = canDelete(image, viewerOf(backend(), user), rulesOf(backend(), user));
    const response = await api(user, 'DELETE', deletePath(image));
    expectRefusal(response, expected, rule);
    expect(dbState(backend())).toBe(before);
    expect(lastAudit(backend())).toMatchObject({ operation: 'delete', result: 'refused', rule });
  });

  it.each([
    ['invalid JSON', '{"delete_backup":'],
    ['a flag that is not a boolean', { delete_backup: 'yes' }],
    ['not an object', [true]],
  ])('refuses %s with 400', async (_label, body) => {
    const before = dbState(backend());
    expectMalformed(await api('alice', 'DELETE', deletePath(imageNamed(backend(), A.ubuntu)), body));
    expect(dbState(backend())).toBe(before);
  });

  it('answers 404 for unknown and foreign images', async () => {
    expectMalformed(await api('alice', 'DELETE', `/ims/${REGION}/v2/images/no-such-image`), 404);
    expectMalformed(await api('alice', 'DELETE', deletePath(imageNamed(backend(), G.notShared))), 404);
  });
});
