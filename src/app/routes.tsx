import { Navigate, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { CONSOLE_NAME, type Crumb, type RouteTrail } from '../components/page-header';
import { prefetchPrivateImages } from '../features/private-images/prefetch';
import { prefetchSharedImages } from '../features/shared-images/prefetch';
import { queryClient } from './console-query-client';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PageSkeleton } from './page-skeleton';
import { RouteErrorPage } from './route-error-page';

/* The side navigation's groups (src/app/side-nav.tsx): crumbs, not pages. */
const IMAGES: Crumb = { label: 'Images' };
const OPERATIONS: Crumb = { label: 'Operations' };
const PRIVATE_IMAGES: Crumb = { label: 'Private Images', to: '/images/private' };
const PUBLIC_IMAGES: Crumb = { label: 'Public Images', to: '/images/public' };
const SHARED_IMAGES: Crumb = { label: 'Images Shared with Me', to: '/images/shared' };

/** The crumbs before a page's own title (`PageHeader` reads them). */
const trail = (...crumbs: Crumb[]): RouteTrail => ({ trail: crumbs });

/** A loader that starts the page's first read and returns at once: the page renders from the cache. */
const prefetching =
  (prefetch: (client: typeof queryClient, url: URL) => void) =>
  ({ request }: LoaderFunctionArgs) => {
    prefetch(queryClient, new URL(request.url));
    return null;
  };

/** The skeleton a first visit shows while the page's chunk loads, with the page's heading. */
const skeleton = (title?: string) => () => <PageSkeleton {...(title === undefined ? {} : { title })} />;

/**
 * Pages load on demand so the first route's bundle carries only what it shows. The testing
 * contract (README) names these paths.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/images/private" replace /> },
      {
        path: 'images/private',
        handle: trail(IMAGES),
        loader: prefetching(prefetchPrivateImages),
        HydrateFallback: skeleton('Private Images'),
        lazy: () =>
          import('../features/private-images/private-images-page').then((m) => ({ Component: m.PrivateImagesPage })),
      },
      {
        path: 'images/create',
        handle: trail(IMAGES, PRIVATE_IMAGES),
        HydrateFallback: skeleton('Create Image'),
        lazy: () =>
          import('../features/create-image/create-image-page').then((m) => ({ Component: m.CreateImagePage })),
      },
      {
        path: 'images/private/:imageId',
        handle: trail(IMAGES, PRIVATE_IMAGES),
        HydrateFallback: skeleton(),
        lazy: () =>
          import('../features/image-detail/image-detail-page').then((m) => ({ Component: m.ImageDetailPage })),
      },
      {
        path: 'images/public',
        handle: trail(IMAGES),
        HydrateFallback: skeleton('Public Images'),
        lazy: () =>
          import('../features/public-images/public-images-page').then((m) => ({ Component: m.PublicImagesPage })),
      },
      {
        path: 'images/public/:imageId',
        handle: trail(IMAGES, PUBLIC_IMAGES),
        HydrateFallback: skeleton(),
        lazy: () =>
          import('../features/public-images/public-image-detail-page').then((m) => ({
            Component: m.PublicImageDetailPage,
          })),
      },
      {
        path: 'images/shared',
        handle: trail(IMAGES),
        loader: prefetching(prefetchSharedImages),
        HydrateFallback: skeleton('Images Shared with Me'),
        lazy: () =>
          import('../features/shared-images/shared-images-page').then((m) => ({ Component: m.SharedImagesPage })),
      },
      {
        path: 'images/shared/:imageId',
        handle: trail(IMAGES, SHARED_IMAGES),
        lazy: () =>
          import('../features/shared-images/shared-image-detail-page').then((m) => ({
            Component: m.SharedImageDetailPage,
          })),
      },
      {
        path: 'constraints',
        handle: trail(OPERATIONS),
        HydrateFallback: skeleton('Constraints'),
        lazy: () => import('../features/constraints/constraints-page').then((m) => ({ Component: m.ConstraintsPage })),
      },
      {
        path: 'audit',
        handle: trail(OPERATIONS),
        HydrateFallback: skeleton('Audit log'),
        lazy: () => import('../features/audit/audit-page').then((m) => ({ Component: m.AuditPage })),
      },
      {
        path: 'tasks',
        handle: trail(OPERATIONS),
        HydrateFallback: skeleton('Tasks'),
        lazy: () => import('../features/tasks/tasks-page').then((m) => ({ Component: m.TasksPage })),
      },
      { path: '*', handle: trail({ label: CONSOLE_NAME, to: '/' }), element: <NotFoundPage /> },
    ],
  },
];
