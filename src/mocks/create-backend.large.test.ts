import { describe, expect, it } from 'vitest';
import { createBackend, STORAGE_KEYS } from './create-backend';
import { MemoryStorage, SteppingClock } from './create-backend.test-kit';
import { projectIdOf } from './seed';

const TWO_MB = 2 * 1024 * 1024;
/** localStorage counts UTF-16 code units; the stored text is ASCII, so length is a fair measure. */
const storedSize = (storage: MemoryStorage) => storage.getItem(STORAGE_KEYS.db)!.length;

describe('createBackend: the large scenario fits in localStorage', () => {
  it('stores 10,000+ images in well under 2 MB, also after many changes', () => {
    const storage = new MemoryStorage(5 * 1024 * 1024);
    const clock = new SteppingClock();
    const backend = createBackend({ storage, clock, scenario: 'large' });
    const db = backend.db();
    const seeded = { images: db.images.length, members: db.members.length };
    const full = JSON.stringify(db).length;
    const fresh = storedSize(storage);

    // A busy demo session: answer 500 shares, delete 100 images, add 50, tag 200.
    const acmeBj = projectIdOf('acme', 'cn-north-4');
    db.members
      .filter((m) => m.projectId === acmeBj && m.status === 'pending')
      .slice(0, 500)
      .forEach((m) => (m.status = 'accepted'));
    const doomed = new Set(db.images.slice(0, 100).map((i) => i.id));
    db.images = db.images.filter((i) => !doomed.has(i.id));
    db.members = db.members.filter((m) => !doomed.has(m.imageId));
    db.images.push(...db.images.slice(0, 50).map((i, n) => ({ ...i, id: `added-${n}`, name: `${i.name}-copy` })));
    db.images.slice(200, 400).forEach((i) => i.tags.push({ key: 'reviewed', value: 'yes' }));
    backend.save();
    const busy = storedSize(storage);

    console.log(
      `large scenario: ${seeded.images} images, ${seeded.members} members; ` +
        `as JSON ${(full / 1024 / 1024).toFixed(1)} MB; stored fresh ${fresh} B, after 850 changes ${(busy / 1024).toFixed(0)} KB`,
    );
    expect(seeded.images).toBeGreaterThanOrEqual(10_000);
    expect(fresh).toBeLessThan(TWO_MB);
    expect(busy).toBeLessThan(TWO_MB);
    expect(backend.takeNotice()).toBeNull();

    const reloaded = createBackend({ storage, clock, scenario: 'large' });
    expect(reloaded.db()).toEqual(backend.db());
  });
});
