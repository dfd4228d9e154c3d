import { createQueryClient } from './query-client';

/** The console's one query cache: the app provides it, and route loaders prefetch into it. */
export const queryClient = createQueryClient();
