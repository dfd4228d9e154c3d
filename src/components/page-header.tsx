import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

export const CONSOLE_NAME = 'IMS Console';

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  to?: string;
}

interface PageHeaderProps {
  title: string;
  /** Trail above the title; the current page comes last, without `to`. */
  breadcrumbs?: readonly Crumb[];
  /** Right-aligned controls (toolbar, primary button). */
  actions?: ReactNode;
  /** A line under the title (quota, status). */
  subtitle?: ReactNode;
}

/** Every page's heading: breadcrumbs, the one `h1`, and the document title `<title> · IMS Console`. */
export function PageHeader({ title, breadcrumbs, actions, subtitle }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} · ${CONSOLE_NAME}`;
  }, [title]);

  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <Breadcrumbs aria-label="Breadcrumb">
          {breadcrumbs.map((crumb) =>
            crumb.to ? (
              <Link key={crumb.label} component={RouterLink} to={crumb.to} underline="hover" color="inherit">
                {crumb.label}
              </Link>
            ) : (
              <Typography key={crumb.label} color="text.primary" aria-current="page">
                {crumb.label}
              </Typography>
            ),
          )}
        </Breadcrumbs>
      )}
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
      >
        <Typography variant="h5" component="h1">
          {title}
        </Typography>
        {actions}
      </Stack>
      {subtitle}
    </Stack>
  );
}
