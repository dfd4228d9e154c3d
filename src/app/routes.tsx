import { Navigate, type RouteObject } from 'react-router';
import { CONSOLE_NAME, type Crumb, type RouteTrail } from '../components/page-header';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

/* The side navigation's groups (src/app/side-nav.tsx): crumbs, not pages. */
const IMAGES: Crumb = { label: 'Images' };
const OPERATIONS: Crumb = { label: 'Operations' };
const PRIVATE_IMAGES: Crumb = { label: 'Private Images', to: '/images/private' };
const PUBLIC_IMAGES: Crumb = { label: 'Public Images', to: '/images/public' };
const SHARED_IMAGES: Crumb = { label: 'Images Shared with Me', to: '/images/shared' };

/** The crumbs before a page's own title (`PageHeader` reads them). */
const trail = (...crumbs: Crumb[]): RouteTrail => ({ trail: crumbs });

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
        lazy: () =>
          import('../features/private-images/private-images-page').then((m) => ({ Component: m.PrivateImagesPage })),
      },
      {
        path: 'images/create',
        handle: trail(IMAGES, PRIVATE_IMAGES),
        lazy: () =>
          import('../features/create-image/create-image-page').then((m) => ({ Component: m.CreateImagePage })),
      },
      {
        path: 'images/private/:imageId',
        handle: trail(IMAGES, PRIVATE_IMAGES),
        lazy: () =>
          import('../features/image-detail/image-detail-page').then((m) => ({ Component: m.ImageDetailPage })),
      },
      {
        path: 'images/public',
        handle: trail(IMAGES),
        lazy: () =>
          import('../features/public-images/public-images-page').then((m) => ({ Component: m.PublicImagesPage })),
      },
      {
        path: 'images/public/:imageId',
        handle: trail(IMAGES, PUBLIC_IMAGES),
        lazy: () =>
          import('../features/public-images/public-image-detail-page').then((m) => ({
            Component: m.PublicImageDetailPage,
          })),
      },
      {
        path: 'images/shared',
        handle: trail(IMAGES),
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
        lazy: () => import('../features/constraints/constraints-page').then((m) => ({ Component: m.ConstraintsPage })),
      },
      {
        path: 'audit',
        handle: trail(OPERATIONS),
        lazy: () => import('../features/audit/audit-page').then((m) => ({ Component: m.AuditPage })),
      },
      {
        path: 'tasks',
        handle: trail(OPERATIONS),
        lazy: () => import('../features/tasks/tasks-page').then((m) => ({ Component: m.TasksPage })),
      },
      { path: '*', handle: trail({ label: CONSOLE_NAME, to: '/' }), element: <NotFoundPage /> },
    ],
  },
];
