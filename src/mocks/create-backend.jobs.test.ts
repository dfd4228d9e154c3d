import { describe, expect, it } from 'vitest';
import { jobProgress } from '../domain';
import { createBackend } from './create-backend';
import { HOUR, MemoryStorage, SteppingClock } from './create-backend.test-kit';
import { RUNNING_CROSS_REGION_JOB_ID } from './seed';

describe('createBackend: jobs settle as the clock moves', () => {
  it('finishes the seeded cross-region replication, activates its image, and keeps that after a reload', () => {
    const storage = new MemoryStorage();
    const clock = new SteppingClock();
    const backend = createBackend({ storage, clock });
    const job = () => backend.db().jobs.find((j) => j.id === RUNNING_CROSS_REGION_JOB_ID)!;
    const copy = () => backend.db().images.find((i) => i.id === job().resultImageId)!;

    expect(jobProgress(job(), clock.now()).status).toBe('RUNNING');
    expect(copy().status).toBe('saving');

    clock.advance(HOUR / 2);
    expect(copy().status).toBe('saving');
    // A reload mid-way resumes where the clock is, from the same start time.
    const midway = createBackend({ storage, clock });
    expect(midway.db().jobs.find((j) => j.id === RUNNING_CROSS_REGION_JOB_ID)?.beginAt).toBe(job().beginAt);

    clock.advance(4 * HOUR);
    const writesBefore = storage.writes;
    expect(jobProgress(job(), clock.now()).status).toBe('SUCCESS');
    expect(copy().status).toBe('active');
    expect(copy().updatedAt).toBe(new Date(job().beginAt + job().durationMs).toISOString());
    expect(storage.writes).toBe(writesBefore + 1);
    // Nothing left to settle: reads do not write again.
    backend.db();
    expect(storage.writes).toBe(writesBefore + 1);

    const reloaded = createBackend({ storage, clock });
    const reloadedCopy = reloaded.db().images.find((i) => i.id === copy().id);
    expect(reloadedCopy?.status).toBe('active');
    expect(reloaded.db().jobs.find((j) => j.id === RUNNING_CROSS_REGION_JOB_ID)?.detail.settled).toBe(true);
    expect(reloaded.db().images.filter((i) => i.status === 'saving')).toEqual([]);
  });
});
