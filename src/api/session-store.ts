import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_REGION, regionIdSchema, type RegionId } from '../domain';

/** The demo identity a fresh console speaks as (Acme Retail, full access). */
export const DEFAULT_TOKEN = 'demo-token-alice';

interface SessionState {
  regionId: RegionId;
  token: string;
  setRegion: (regionId: RegionId) => void;
  setToken: (token: string) => void;
}

/**
 * Who the console speaks as and where. It lives beside the client (not in `app`) because every
 * request reads the token, and it persists so a reload keeps the account and region.
 */
export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      regionId: DEFAULT_REGION,
      token: DEFAULT_TOKEN,
      setRegion: (regionId) => set({ regionId }),
      setToken: (token) => set({ token }),
    }),
    {
      name: 'ims-console:session',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ regionId, token }) => ({ regionId, token }),
      merge: (stored, current) => {
        const s = stored as Partial<SessionState> | undefined;
        const region = regionIdSchema.safeParse(s?.regionId);
        return {
          ...current,
          regionId: region.success ? region.data : current.regionId,
          token: typeof s?.token === 'string' ? s.token : current.token,
        };
      },
    },
  ),
);
