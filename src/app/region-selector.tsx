import PublicIcon from '@mui/icons-material/Public';
import Chip from '@mui/material/Chip';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useSession } from '../api/session-store';
import { usePendingSharesCounts } from '../api/shared-counts';
import { REGIONS, regionName } from '../domain';
import { RegionQuota } from './region-quota';
import { TopBarMenuButton } from './top-bar-menu-button';

/** Picks the region every page lists and acts in; each item counts the shares waiting there. */
export function RegionSelector() {
  const region = useSession((s) => s.regionId);
  const setRegion = useSession((s) => s.setRegion);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const counts = usePendingSharesCounts(anchor !== null);
  const current = regionName(region);
  const label = `Region: ${current}`;

  return (
    <>
      <TopBarMenuButton
        label={label}
        icon={<PublicIcon />}
        text={current}
        menuId="region-menu"
        open={anchor !== null}
        onOpen={setAnchor}
      />
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
