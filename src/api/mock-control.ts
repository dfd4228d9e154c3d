import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { mockPaths } from '../domain/wire/paths';
import { imsFetch } from './client';

/** The mock backend's knobs (its own endpoints; the client does not know more of the mock). */
export const mockSettingsSchema = z.object({
  jobSpeed: z.enum(['real', 'fast', 'instant']),
  latencyMs: z.number(),
  failureRate: z.number(),
  jobFailureRate: z.number(),
});
export type MockSettings = z.infer<typeof mockSettingsSchema>;

const settingsKey = ['mock', 'settings'] as const;

export function mockSettingsQuery() {
  return queryOptions({
    queryKey: settingsKey,
    queryFn: async ({ signal }) => mockSettingsSchema.parse(await imsFetch(mockPaths.settings.to(), { signal })),
  });
}

export function mockNoticeQuery() {
  return queryOptions({
    queryKey: ['mock', 'notice'] as const,
    queryFn: async ({ signal }) =>
      z.object({ notice: z.string().nullable() }).parse(await imsFetch(mockPaths.notice.to(), { signal })).notice,
    staleTime: Infinity,
  });
}

export function useUpdateMockSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (patch: Partial<MockSettings>) =>
      mockSettingsSchema.parse(await imsFetch(mockPaths.settings.to(), { method: 'PUT', body: JSON.stringify(patch) })),
    onSuccess: (settings) => client.setQueryData(settingsKey, settings),
  });
}

/** Reseeds the demo data; every cached read is stale afterwards. */
export function useResetDemoData() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (scenario?: string) =>
      imsFetch(mockPaths.reset.to(), { method: 'POST', body: JSON.stringify(scenario ? { scenario } : {}) }),
    onSuccess: () => client.invalidateQueries(),
  });
}
