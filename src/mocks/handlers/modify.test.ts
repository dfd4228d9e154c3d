import { describe, expect, it } from 'vitest';
import { canModify, type Image } from '../../domain';
import { imsImageSchema } from '../../domain/wire/image';
import { imagePatchSchema, toModifyInput } from '../../domain/wire/modify';
import { ACME_IMAGES, enterpriseProjectIdOf } from '../seed';
import { dbState, expectFieldError, expectMalformed, expectRefusal, imageNamed, lastAudit } from './image-test-kit';
import { api, REGION, rulesOf, useBackend, viewerOf, type UserName } from './test-kit';

const { backend } = useBackend();
const A = ACME_IMAGES;
const LIST = `/ims/${REGION}/v2/cloudimages`;
const imagePath = (image: Pick<Image, 'id'>) => `${LIST}/${image.id}`;

describe('PATCH /v2/cloudimages/{id}', () => {
  const patch = (user: UserName, image: Image, body: unknown) => api(user, 'PATCH', imagePath(image), body);

  it('updates the fields the console edits and answers the updated image', async () => {
    const image = imageNamed(backend(), A.ubuntu);
    const response = await patch('alice', image, [
      { op: 'replace', path: '/name', value: 'ubuntu22-k8s-node-v2' },
      { op: 'replace', path: '/__description', value: 'Kubernetes 1.30 node' },
      { op: 'replace', path: '/min_ram', value: '2048' },
      { op: 'add', path: '/max_ram', value: 65536 },
      { op: 'replace', path: '/hw_firmware_type', value: 'uefi' },
      { op: 'replace', path: '/hw_vif_multiqueue_enabled', value: 'false' },
      { op: 'replace', path: '/enterprise_project_id', value: enterpriseProjectIdOf('acme', 'production') },
    ]);
    expect(response.status).toBe(200);
    const wire = imsImageSchema.parse(response.body);
    expect(wire).toMatchObject({
      name: 'ubuntu22-k8s-node-v2',
      __description: 'Kubernetes 1.30 node',
      min_ram: 2048,
      max_ram: '65536',
      hw_firmware_type: 'uefi',
      hw_vif_multiqueue_enabled: 'false',
      enterprise_project_id: enterpriseProjectIdOf('acme', 'production'),
    });
    const stored = backend()
      .db()
      .images.find((i) => i.id === image.id);
    expect(stored).toMatchObject({
      name: 'ubuntu22-k8s-node-v2',
      minRamMb: 2048,
      maxRamMb: 65536,
      bootMode: 'uefi',
      nicMultiQueue: false,
    });
    expect(lastAudit(backend())).toMatchObject({
      operation: 'update',
      result: 'success',
      imageId: image.id,
      rule: null,
    });
  });

  it('removes max_ram and the description', async () => {
    const image = imageNamed(backend(), A.bit32);
    const response = await patch('alice', image, [
      { op: 'remove', path: '/max_ram' },
      { op: 'remove', path: '/__description' },
    ]);
    expect(response.status).toBe(200);
    expect(imsImageSchema.parse(response.body).max_ram).toBeUndefined();
  });

  it.each([
    ['modify.status', 'alice', A.killed, [{ op: 'replace', path: '/name', value: 'x' }]],
    ['modify.fields', 'alice', A.golden, [{ op: 'replace', path: '/name', value: 'bad<name>' }]],
    ['modify.fields', 'alice', A.golden, [{ op: 'replace', path: '/__description', value: 'a <script>' }]],
    [
      'modify.fields',
      'alice',
      A.golden,
      [
        { op: 'replace', path: '/min_ram', value: 8192 },
        { op: 'replace', path: '/max_ram', value: 4096 },
      ],
    ],
    ['modify.fields', 'alice', A.golden, [{ op: 'replace', path: '/min_ram', value: -1 }]],
    ['modify.fields', 'alice', A.data350, [{ op: 'replace', path: '/hw_firmware_type', value: 'uefi' }]],
    ['encrypt.key-fixed', 'alice', A.encrypted, [{ op: 'replace', path: '/__system__cmkid', value: 'another-key' }]],
    ['encrypt.key-fixed', 'alice', A.encrypted, [{ op: 'remove', path: '/__system__cmkid' }]],
    ['access.read-only', 'oliver', A.golden, [{ op: 'replace', path: '/name', value: 'renamed' }]],
    ['access.owner', 'gina', A.golden, [{ op: 'replace', path: '/name', value: 'renamed' }]],
  ] as const)('refuses with %s exactly as canModify decides', async (rule, user, name, body) => {
    const image = imageNamed(backend(), name);
    const before = dbState(backend());
    const expected = canModify(
      image,
      viewerOf(backend(), user),
      rulesOf(backend(), user),
      toModifyInput(imagePatchSchema.parse(body)),
    );
    const response = await patch(user, image, body);
    expectRefusal(response, expected, rule);
    expect(dbState(backend())).toBe(before);
    expect(lastAudit(backend())).toMatchObject({ operation: 'update', result: 'refused', rule, imageId: image.id });
  });

  it.each([
    ['not an array', { op: 'replace', path: '/name', value: 'x' }],
    ['an empty patch', []],
    ['a path the console does not edit', [{ op: 'replace', path: '/owner', value: 'x' }]],
    ['no value', [{ op: 'replace', path: '/name' }]],
    ['removing the name', [{ op: 'remove', path: '/name' }]],
    ['an unknown op', [{ op: 'move', path: '/name', value: 'x' }]],
    ['min_ram not a number', [{ op: 'replace', path: '/min_ram', value: 'lots' }]],
    ['a boot mode IMS does not know', [{ op: 'replace', path: '/hw_firmware_type', value: 'legacy' }]],
    ['multi-queue not a flag', [{ op: 'replace', path: '/hw_vif_multiqueue_enabled', value: 'yes' }]],
    ['invalid JSON', '[{"op":'],
  ])('refuses %s with 400', async (_label, body) => {
    const image = imageNamed(backend(), A.golden);
    const before = dbState(backend());
    expectMalformed(await patch('alice', image, body));
    expect(dbState(backend())).toBe(before);
  });

  it('refuses an empty body, an unknown enterprise project, unknown and foreign images', async () => {
    const image = imageNamed(backend(), A.golden);
    expectMalformed(await api('alice', 'PATCH', imagePath(image)));
    expectMalformed(await patch('alice', image, [{ op: 'replace', path: '/enterprise_project_id', value: 'nope' }]));
    expectMalformed(
      await patch('alice', { ...image, id: 'no-such-image' }, [{ op: 'replace', path: '/name', value: 'x' }]),
      404,
    );
    expectMalformed(
      await patch('gina', imageNamed(backend(), A.sles), [{ op: 'replace', path: '/name', value: 'x' }]),
      404,
    );
    expectMalformed(await api(null, 'PATCH', imagePath(image), [{ op: 'replace', path: '/name', value: 'x' }]), 401);
  });
});

describe('field names of a refused PATCH', () => {
  it.each<[string, unknown, string]>([
    ['min_ram not a number', [{ op: 'replace', path: '/min_ram', value: 'lots' }], 'minRamMb'],
    ['a boot mode IMS does not know', [{ op: 'replace', path: '/hw_firmware_type', value: 'legacy' }], 'bootMode'],
    ['an unknown op on the name', [{ op: 'move', path: '/name', value: 'x' }], 'name'],
    [
      'the second entry',
      [
        { op: 'replace', path: '/name', value: 'x' },
        { op: 'replace', path: '/hw_vif_multiqueue_enabled', value: 'yes' },
      ],
      'nicMultiQueue',
    ],
    ['an unknown path', [{ op: 'replace', path: '/os_version', value: 'x' }], 'body.0.path'],
    [
      'an unknown enterprise project',
      [{ op: 'replace', path: '/enterprise_project_id', value: 'nope' }],
      'enterpriseProjectId',
    ],
  ])('names the Modify field of %s', async (_label, body, field) => {
    const image = imageNamed(backend(), A.golden);
    expectFieldError(await api('alice', 'PATCH', imagePath(image), body), field);
  });
});
