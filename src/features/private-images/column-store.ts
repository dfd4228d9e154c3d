import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ColumnId } from './columns';

interface ColumnState {
  /** Hidden columns per user id: each demo identity keeps its own choice on a shared browser. */
  hiddenByUser: Record<string, ColumnId[]>;
  toggle: (userId: string, column: ColumnId) => void;
  reset: (userId: string) => void;
}

export const useColumnStore = create<ColumnState>()(
  persist(
    (set) => ({
      hiddenByUser: {},
      toggle: (userId, column) =>
        set((s) => {
          const hidden = s.hiddenByUser[userId] ?? [];
          const next = hidden.includes(column) ? hidden.filter((c) => c !== column) : [...hidden, column];
          return { hiddenByUser: { ...s.hiddenByUser, [userId]: next } };
        }),
      reset: (userId) =>
        set((s) => {
          const { [userId]: _dropped, ...rest } = s.hiddenByUser;
          return { hiddenByUser: rest };
        }),
    }),
    {
      name: 'ims-console:private-images-columns',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ hiddenByUser }) => ({ hiddenByUser }),
    },
  ),
);

const NONE: ColumnId[] = [];

/** The viewer's hidden columns (none while the viewer is still loading). */
export function useHiddenColumns(userId: string | undefined): ColumnId[] {
  return useColumnStore((s) => (userId ? (s.hiddenByUser[userId] ?? NONE) : NONE));
}
