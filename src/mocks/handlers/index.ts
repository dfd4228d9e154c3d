import type { HttpHandler } from 'msw';
import type { Backend } from '../backend';
import { bindRoutes } from '../http/pipeline';
import { auditRoutes } from './audit';
import { createRoutes } from './create';
import { deleteRoutes } from './delete';
import { exportRoutes } from './export';
import { imageRoutes } from './images';
import { jobRoutes } from './jobs';
import { launchRoutes } from './launch';
import { mockControlRoutes } from './mock-control';
import { modifyRoutes } from './modify';
import { publishRoutes } from './publish';
import { quotaRoutes } from './quota';
import { replicateRoutes } from './replicate';
import { serviceRoutes } from './services';
import { shareRoutes } from './share';
import { tagRoutes } from './tags';
import { tokenRoutes } from './tokens';

/** Every handler of the mock backend, bound to one backend. */
export function createHandlers(backend: Backend): HttpHandler[] {
  return bindRoutes(backend, [
    ...imageRoutes,
    ...modifyRoutes,
    ...deleteRoutes,
    ...publishRoutes,
    ...createRoutes,
    ...replicateRoutes,
    ...exportRoutes,
    ...launchRoutes,
    ...jobRoutes,
    ...quotaRoutes,
    ...shareRoutes,
    ...tagRoutes,
    ...serviceRoutes,
    ...tokenRoutes,
    ...auditRoutes,
    ...mockControlRoutes,
  ]);
}
