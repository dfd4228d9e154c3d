import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { create } from 'zustand';
import type { Image, QueuedCopy, RegionId, ReplicateInput } from '../domain';
import { toReplicateBody } from '../domain/wire/replicate';
import { imsFetch } from './client';
import { imageKeys } from './images';
import { jobKeys, jobsQuery, RUNNING_JOB_REFRESH_MS } from './jobs';
import { jobAcceptedSchema } from '../domain/wire/job';
import { imsPaths } from '../domain/wire/paths';
import { FINAL_STATES, runCopies, type RunCopy } from './replication-queue';
import { useSession } from './session-store';
import { useViewer, type SessionViewer } from './viewer';

interface RunsState {
  runs: Record<string, RunCopy[]>;
  cancelled: Record<string, true>;
}

/**
 * Replication runs of this browser tab. A run outlives its dialog (closing it does not stop the
 * copies still queued); a reload forgets the queue, while the jobs already started go on.
 */
export const useReplicationRuns = create<RunsState>()(() => ({ runs: {}, cancelled: {} }));

let nextRun = 0;

export interface CopyToMake {
  image: Image;
  input: ReplicateInput;
  regionId: RegionId;
}

function startCopy(token: string) {
  return async (copy: RunCopy) => {
    const path = copy.input.mode === 'in-region' ? imsPaths.copy : imsPaths.crossRegionCopy;
    const wire = await imsFetch(path.to({ region: copy.image.regionId, imageId: copy.image.id }), {
      method: 'POST',
      token,
      body: JSON.stringify(toReplicateBody(copy.input)),
    });
    return jobAcceptedSchema.parse(wire).job_id;
  };
}

function launch(client: QueryClient, token: string, session: SessionViewer, copies: readonly CopyToMake[]): string {
  const runId = `run-${++nextRun}`;
  const initial: RunCopy[] = copies.map((c, i) => ({ ...c, id: `${runId}-${i}`, state: 'queued' }));
  useReplicationRuns.setState((s) => ({ runs: { ...s.runs, [runId]: initial } }));
  const region = initial[0]?.image.regionId ?? 'cn-north-4';
  const projectId = session.projectIn(region)?.id ?? '';

  void runCopies(initial, {
    viewer: session.viewer,
    listJobs: () => client.fetchQuery({ ...jobsQuery(token, region, projectId), staleTime: 0 }),
    start: startCopy(token),
    pause: () => new Promise((resolve) => setTimeout(resolve, RUNNING_JOB_REFRESH_MS)),
    cancelled: () => useReplicationRuns.getState().cancelled[runId] === true,
    update: (copy) => {
      const before = useReplicationRuns.getState().runs[runId]?.find((c) => c.id === copy.id);
      useReplicationRuns.setState((s) => ({
        runs: { ...s.runs, [runId]: (s.runs[runId] ?? []).map((c) => (c.id === copy.id ? copy : c)) },
      }));
      // A started or ended copy is a new image and a job: lists, quota and task centre follow.
      if (before?.state === copy.state) return;
      void client.invalidateQueries({ queryKey: imageKeys.all });
      void client.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
  return runId;
}

/** Starts a run of copies as the signed-in user; answers its id, for `useReplicationRun`. */
export function useStartReplicationRun() {
  const client = useQueryClient();
  const token = useSession((s) => s.token);
  const session = useViewer();
  return useCallback(
    (copies: readonly CopyToMake[]) => (session ? launch(client, token, session, copies) : undefined),
    [client, token, session],
  );
}

export function useReplicationRun(runId: string | undefined): RunCopy[] | undefined {
  return useReplicationRuns((s) => (runId ? s.runs[runId] : undefined));
}

export function cancelQueuedCopies(runId: string): void {
  useReplicationRuns.setState((s) => ({ cancelled: { ...s.cancelled, [runId]: true } }));
}

/**
 * Calls `listener` with a run's copies on every change until it answers true. For dialogs that act
 * when a run reaches a point (its one copy started, everything refused, all settled).
 */
export function watchReplicationRun(runId: string, listener: (copies: RunCopy[]) => boolean): () => void {
  const unsubscribe = useReplicationRuns.subscribe((state) => {
    const copies = state.runs[runId];
    if (copies && listener(copies)) unsubscribe();
  });
  return unsubscribe;
}

/**
 * Copies of this tab's runs that have not ended, by source image and destination: a fan-out's
 * later regions wait here with no job yet, and the list says they are on their way all the same.
 */
export function useCopiesInTab(): QueuedCopy[] {
  const runs = useReplicationRuns((s) => s.runs);
  return useMemo(
    () =>
      Object.values(runs)
        .flat()
        .filter((c) => !FINAL_STATES.has(c.state))
        .map((c) => ({ imageId: c.image.id, regionId: c.regionId })),
    [runs],
  );
}
