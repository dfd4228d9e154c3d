import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, type ReactNode } from 'react';
import { Link as RouterLink, useMatches } from 'react-router';

export const CONSOLE_NAME = 'IMS Console';

export interface Crumb {
  label: string;
  /** Omitted for a crumb that is no page (a navigation group: Images, Operations). */
  to?: string;
}

/**
 * A route's place in the console, as its `handle` (src/app/routes.tsx): the crumbs before the
 * page's own, which is its title. One table, so every page's trail is built alike.
 */
export interface RouteTrail {
  trail: readonly Crumb[];
}

function isRouteTrail(handle: unknown): handle is RouteTrail {
  return typeof handle === 'object' && handle !== null && Array.isArray((handle as RouteTrail).trail);
}

/** The trail of the deepest route that declares one. */
function useRouteTrail(): readonly Crumb[] {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const handle = matches[i]?.handle;
    if (isRouteTrail(handle)) return handle.trail;
  }
  return [];
}

interface PageHeaderProps {
  /** The `h1`, the last crumb and the document title. */
  title: string;
  /** Right-aligned controls (toolbar, primary button). */
  actions?: ReactNode;
  /** A line under the title (quota, status). */
  subtitle?: ReactNode;
}

/**
 * Every page's heading: the breadcrumb trail of its route ending with the page, the one `h1`, and
 * the document title `<title> · IMS Console`.
 */
export function PageHeader({ title, actions, subtitle }: PageHeaderProps) {
  const trail = useRouteTrail();
  useEffect(() => {
    document.title = `${title} · ${CONSOLE_NAME}`;
  }, [title]);

  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      <Breadcrumbs aria-label="Breadcrumb" sx={{ '& .MuiBreadcrumbs-li': { minWidth: 0, overflowWrap: 'anywhere' } }}>
        {trail.map((crumb) =>
          crumb.to ? (
            <Link key={crumb.label} component={RouterLink} to={crumb.to} underline="hover" color="inherit">
              {crumb.label}
            </Link>
          ) : (
            <Typography key={crumb.label} color="text.secondary">
              {crumb.label}
            </Typography>
          ),
        )}
        <Typography color="text.primary" aria-current="page">
          {title}
        </Typography>
      </Breadcrumbs>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 1 }}
      >
        <Typography variant="h5" component="h1" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
        {actions}
      </Stack>
      {subtitle}
    </Stack>
  );
}
