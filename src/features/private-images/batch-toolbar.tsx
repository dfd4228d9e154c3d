import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import { deniedText } from '../../components/denied-reason';
import type { BatchAction, ImageActionId } from '../../components/image-actions';
import type { Decision } from '../../domain';

interface BatchToolbarProps {
  selectedCount: number;
  /** The actions whose dialogs take a selection (Replicate, Share, Tag, Delete selected). */
  actions: readonly BatchAction[];
  onAction: (action: ImageActionId) => void;
  /** Whether the viewer may change images at all (a read-only role may not, whatever is selected). */
  viewerDecision: Decision;
  onExportSelected: () => void;
  onExportAll: () => void;
  exporting: boolean;
  canExport: boolean;
  /** Right-aligned extras (column chooser). */
  children?: ReactNode;
}

const NOTHING_SELECTED = 'Select one or more images on this page first.';

/** Actions on the selected images, and the CSV export. */
export function BatchToolbar({
  selectedCount,
  actions,
  onAction,
  viewerDecision,
  onExportSelected,
  onExportAll,
  exporting,
  canExport,
  children,
}: BatchToolbarProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const reasonId = useId();
  // The role's refusal comes first: selecting images would not lift it.
  const none = selectedCount === 0;
  const reason = deniedText(viewerDecision) ?? (none ? NOTHING_SELECTED : undefined);
  const denied = reason !== undefined;
  const close = () => setAnchor(null);

  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      role="toolbar"
      aria-label="Selected images"
      sx={{ alignItems: 'center', flexWrap: 'wrap', py: 1 }}
    >
      {actions.map((action) => (
        // A denied button stays focusable, so its reason can be read.
        <Tooltip key={action.id} title={reason ?? ''} describeChild>
          <Button
            size="small"
            variant="outlined"
            color={action.id === 'delete' ? 'error' : 'primary'}
            startIcon={action.id === 'delete' ? <DeleteOutlineIcon /> : undefined}
            aria-disabled={denied || undefined}
            aria-describedby={denied ? reasonId : undefined}
            onClick={denied ? undefined : () => onAction(action.id)}
            sx={denied ? { opacity: 0.5, cursor: 'not-allowed' } : undefined}
          >
            {action.label}
          </Button>
        </Tooltip>
      ))}
      {denied && (
        <span id={reasonId} hidden>
          {reason}
        </span>
      )}
      <Button
        size="small"
        variant="outlined"
        startIcon={exporting ? <CircularProgress size={16} aria-hidden /> : <DownloadIcon />}
        disabled={!canExport || exporting}
        aria-haspopup="menu"
        aria-controls={anchor ? 'export-csv-menu' : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Export CSV
      </Button>
      <Menu
        id="export-csv-menu"
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        slotProps={{ list: { 'aria-label': 'Export CSV' } }}
      >
        <MenuItem
          disabled={none}
          onClick={() => {
            close();
            onExportSelected();
          }}
        >
          <ListItemText>Selected rows</ListItemText>
        </MenuItem>
        <MenuItem
          onClick={() => {
            close();
            onExportAll();
          }}
        >
          <ListItemText>All matching the filters</ListItemText>
        </MenuItem>
      </Menu>
      <Typography variant="body2" color="text.secondary" aria-live="polite" sx={{ ml: 1 }}>
        {none ? '' : `${selectedCount} selected`}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ ml: 'auto' }}>
        {children}
      </Stack>
    </Stack>
  );
}
