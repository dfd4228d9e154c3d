import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Fragment, useId, type ReactNode } from 'react';

interface DetailSectionProps {
  title: string;
  /** Next to the title (a count, a link). */
  aside?: ReactNode;
  children: ReactNode;
}

/** A titled card; a `section` named by its heading, so it is a landmark a screen reader can jump to. */
export function DetailSection({ title, aside, children }: DetailSectionProps) {
  const headingId = useId();
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', mb: 1.5 }}>
          <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          {aside}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}

export interface DescriptionItem {
  label: string;
  value: ReactNode;
}

/** Label/value pairs as a real `<dl>`: terms and definitions, read as pairs by assistive technology. */
export function DescriptionList({ items }: { items: readonly DescriptionItem[] }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(150px, max-content) 1fr' },
        columnGap: 3,
        rowGap: 0.75,
        fontSize: '0.875rem',
      }}
    >
      {items.map((item) => (
        <Fragment key={item.label}>
          <Box component="dt" sx={{ color: 'text.secondary' }}>
            {item.label}
          </Box>
          <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {item.value}
          </Box>
        </Fragment>
      ))}
    </Box>
  );
}
