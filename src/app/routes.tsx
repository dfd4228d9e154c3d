import { Navigate, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

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
        lazy: () =>
          import('../features/private-images/private-images-page').then((m) => ({ Component: m.PrivateImagesPage })),
      },
      {
        path: 'images/create',
        lazy: () =>
          import('../features/create-image/create-image-page').then((m) => ({ Component: m.CreateImagePage })),
      },
      {
        path: 'images/private/:imageId',
        lazy: () =>
          import('../features/image-detail/image-detail-page').then((m) => ({ Component: m.ImageDetailPage })),
      },
      {
        path: 'images/public',
        lazy: () =>
          import('../features/public-images/public-images-page').then((m) => ({ Component: m.PublicImagesPage })),
      },
      {
        path: 'images/public/:imageId',
        lazy: () =>
          import('../features/public-images/public-image-detail-page').then((m) => ({
            Component: m.PublicImageDetailPage,
          })),
      },
      {
        path: 'images/shared',
        lazy: () =>
          import('../features/shared-images/shared-images-page').then((m) => ({ Component: m.SharedImagesPage })),
      },
      {
        path: 'constraints',
        lazy: () => import('../features/constraints/constraints-page').then((m) => ({ Component: m.ConstraintsPage })),
      },
      {
        path: 'audit',
        lazy: () => import('../features/audit/audit-page').then((m) => ({ Component: m.AuditPage })),
      },
      {
        path: 'tasks',
        lazy: () => import('../features/tasks/tasks-page').then((m) => ({ Component: m.TasksPage })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
