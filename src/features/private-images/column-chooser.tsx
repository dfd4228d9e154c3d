import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { COLUMNS, isColumnShown, type ColumnId } from './columns';
import { useColumnStore } from './column-store';

interface ColumnChooserProps {
  userId: string | undefined;
  hidden: readonly ColumnId[];
}

/** `Columns`: a menu of checkboxes, one per column that may be hidden; remembered per user. */
export function ColumnChooser({ userId, hidden }: ColumnChooserProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const toggle = useColumnStore((s) => s.toggle);
  const reset = useColumnStore((s) => s.reset);

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={<ViewColumnIcon />}
        disabled={!userId}
        aria-haspopup="menu"
        aria-controls={anchor ? 'column-chooser' : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Columns
      </Button>
      <Menu
        id="column-chooser"
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-label': 'Columns', dense: true } }}
      >
        {COLUMNS.filter((c) => c.hideable).map((c) => {
          const shown = isColumnShown(c, hidden);
          return (
            <MenuItem
              key={c.id}
              role="menuitemcheckbox"
              aria-checked={shown}
              onClick={() => userId && toggle(userId, c.id)}
            >
              <ListItemIcon>
                {/* An icon, not a checkbox: the menu item itself is the checkbox (no nested controls). */}
                {shown ? (
                  <CheckBoxIcon fontSize="small" color="primary" />
                ) : (
                  <CheckBoxOutlineBlankIcon fontSize="small" />
                )}
              </ListItemIcon>
              <ListItemText>{c.label}</ListItemText>
            </MenuItem>
          );
        })}
        <Divider />
        <MenuItem onClick={() => userId && reset(userId)} disabled={hidden.length === 0}>
          Show all columns
        </MenuItem>
      </Menu>
    </>
  );
}
