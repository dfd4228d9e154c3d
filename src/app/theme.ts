import { createTheme } from '@mui/material/styles';

/** Width of the permanent side navigation. */
export const NAV_WIDTH = 220;

/** The top bar's dark background (the console's chrome, distinct from the content). */
export const CHROME_BG = '#1b2533';

/*
 * A calm blue console theme with dense controls. Status colours are darkened from MUI's defaults
 * so small text on white keeps WCAG AA contrast (axe checks every page).
 */
export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#1f5fbf', contrastText: '#ffffff' },
    info: { main: '#0a5c99' },
    success: { main: '#2e7d32' },
    warning: { main: '#a35200', contrastText: '#ffffff' },
    error: { main: '#c62828' },
    background: { default: '#f3f5f8', paper: '#ffffff' },
    // Darker than MUI's 0.54 so idle toggle buttons and icons read on the grey page background.
    action: { active: 'rgba(0, 0, 0, 0.64)' },
  },
  shape: { borderRadius: 4 },
  typography: {
    fontSize: 13,
    h5: { fontWeight: 600 },
    h6: { fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiTable: { defaultProps: { size: 'small' } },
    // A table's visually hidden texts are absolutely positioned; contained here they scroll with
    // the table instead of widening the page on a phone.
    MuiTableContainer: { styleOverrides: { root: { position: 'relative' } } },
    // On a phone the rows-per-page choice and the page buttons take two lines rather than hiding.
    MuiTablePagination: { styleOverrides: { toolbar: { flexWrap: 'wrap', justifyContent: 'flex-end' } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600, whiteSpace: 'nowrap' } } },
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiFormControl: { defaultProps: { size: 'small' } },
    MuiSelect: { defaultProps: { size: 'small' } },
    MuiButton: { defaultProps: { size: 'small', disableElevation: true } },
    MuiIconButton: { defaultProps: { size: 'small' } },
    MuiToggleButton: { defaultProps: { size: 'small' } },
    MuiChip: { defaultProps: { size: 'small' } },
    MuiList: { defaultProps: { dense: true } },
    MuiMenuItem: { defaultProps: { dense: true } },
    MuiTooltip: { defaultProps: { arrow: true } },
    MuiAppBar: { defaultProps: { elevation: 0 } },
  },
});
