import type { HttpHandler } from 'msw';
import type { Backend } from '../backend';
import { bindRoutes } from '../http/pipeline';
import { auditRoutes } from './audit';
import { createRoutes } from './create';
import { exportRoutes } from './export';
import { imageRoutes } from './images';
import { jobRoutes } from './jobs';
import { memberRoutes } from './members';
import { mockControlRoutes } from './mock-control';
import { quotaRoutes } from './quota';
import { replicateRoutes } from './replicate';
import { serviceRoutes } from './services';
import { tagRoutes } from './tags';

/** Every handler of the mock backend, bound to one backend. */
export function createHandlers(backend: Backend): HttpHandler[] {
  return bindRoutes(backend, [
    ...imageRoutes,
    ...createRoutes,
    ...replicateRoutes,
    ...exportRoutes,
    ...jobRoutes,
    ...quotaRoutes,
    ...memberRoutes,
    ...tagRoutes,
    ...serviceRoutes,
    ...auditRoutes,
    ...mockControlRoutes,
  ]);
}
