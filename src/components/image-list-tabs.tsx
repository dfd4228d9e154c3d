import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link as RouterLink, useLocation } from 'react-router';

/** The three image lists, in the IMS console's order (README, Testing contract). */
export const IMAGE_LISTS = [
  { to: '/images/private', label: 'Private Images' },
  { to: '/images/public', label: 'Public Images' },
  { to: '/images/shared', label: 'Images Shared with Me' },
] as const;

/**
 * The tabs the IMS console groups its image lists under: each a link to its own route, so a tab
 * is bookmarkable and the browser's back button walks them; the current list is `aria-selected`.
 * On a narrow screen the tabs scroll rather than widen the page.
 */
export function ImageListTabs() {
  const { pathname } = useLocation();
  const current = IMAGE_LISTS.find((l) => pathname === l.to || pathname.startsWith(`${l.to}/`))?.to ?? false;
  return (
    <Tabs
      value={current}
      aria-label="Image lists"
      variant="scrollable"
      scrollButtons={false}
      sx={{ mb: 2, borderBottom: 1, borderColor: 'divider', minHeight: 40 }}
    >
      {IMAGE_LISTS.map((l) => (
        <Tab key={l.to} value={l.to} label={l.label} component={RouterLink} to={l.to} sx={{ minHeight: 40 }} />
      ))}
    </Tabs>
  );
}
