import Box from '@mui/material/Box';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import PublicIcon from '@mui/icons-material/Public';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useSession } from '../api/session-store';
import { usePendingSharesCounts } from '../api/shared-counts';
import { REGIONS, regionName } from '../domain';
import { RegionQuota } from './region-quota';
import { usePhoneWidth } from './use-phone-width';

/** Picks the region every page lists and acts in; each item counts the shares waiting there. */
export function RegionSelector() {
  const region = useSession((s) => s.regionId);
  const setRegion = useSession((s) => s.setRegion);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const counts = usePendingSharesCounts(anchor !== null);
  const current = regionName(region);
  const label = `Region: ${current}`;
  const phone = usePhoneWidth();

  return (
    <>
      {/* On a phone the region is an icon button; its name, also the tooltip, says which region. */}
      <Tooltip title={phone ? label : ''}>
        <Button
          color="inherit"
          startIcon={phone ? undefined : <PublicIcon />}
          endIcon={phone ? undefined : <ExpandMoreIcon />}
          aria-label={label}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : undefined}
          aria-controls={anchor ? 'region-menu' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
          sx={{ minWidth: 0, ...(phone ? { p: 0.75, borderRadius: '50%' } : {}) }}
        >
          {phone ? (
            <PublicIcon />
          ) : (
            <Box component="span" sx={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {current}
            </Box>
          )}
        </Button>
      </Tooltip>
      <Menu id="region-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {REGIONS.map((r) => {
          const pending = counts[r.id];
          return (
            <MenuItem
              key={r.id}
              selected={r.id === region}
              onClick={() => {
                setRegion(r.id);
                setAnchor(null);
              }}
            >
              <ListItemText primary={r.displayName} secondary={r.id} sx={{ mr: 2 }} />
              <RegionQuota region={r.id} />
              {pending ? <Chip label={`${pending} pending`} color="warning" sx={{ ml: 2 }} /> : null}
            </MenuItem>
          );
        })}
      </Menu>
    </>
  );
}
