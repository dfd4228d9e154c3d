import { describe, expect, it } from 'vitest';
import { IMS_ATTRIBUTES_OUTSIDE_SDK, MOCK_ONLY_IMAGE_ATTRIBUTES, toImsImage } from '../../domain/wire/image';
import { isSdkImageInfoField } from '../../domain/wire/sdk-image-info';
import { seedScenario } from './index';

const documented = new Set<string>([...IMS_ATTRIBUTES_OUTSIDE_SDK, ...MOCK_ONLY_IMAGE_ATTRIBUTES]);

describe('the image attributes the mock emits', () => {
  const db = seedScenario('demo', Date.parse('2026-11-01T00:00:00Z'));
  const views = [
    { shared: false },
    { shared: true },
    { shared: true, member: { status: 'accepted' as const, createdAt: '2026-10-01T00:00:00Z' } },
  ];
  const emitted = new Set(db.images.flatMap((image) => views.flatMap((view) => Object.keys(toImsImage(image, view)))));

  it('are each a field of the SDK’s ImageInfo or a documented exception', () => {
    expect([...emitted].filter((key) => !isSdkImageInfoField(key) && !documented.has(key))).toEqual([]);
  });

  it('use every documented exception, so the list says no more than the mock does', () => {
    expect([...documented].filter((key) => !emitted.has(key))).toEqual([]);
  });

  it('carry lineage in IMS’s attributes for every kind of source', () => {
    const origins = new Set(db.images.map((image) => toImsImage(image).__data_origin?.split(',')[0]));
    for (const kind of ['instance', 'volume', 'file', 'image']) expect(origins.has(kind), kind).toBe(true);
    const whole = db.images.filter((i) => i.type === 'whole').map((i) => toImsImage(i));
    expect(whole.length).toBeGreaterThan(0);
    expect(whole.every((w) => w.__whole_image === 'true')).toBe(true);
  });
});
