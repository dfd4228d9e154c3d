import { createTheme } from '@mui/material/styles';

/** Width of the side navigation, permanent or in its drawer. */
export const NAV_WIDTH = 220;

/**
 * Below this breakpoint (1200 px) the side navigation is a drawer behind the top bar's menu
 * button, so the lists keep their columns at tablet widths.
 */
export const NAV_DRAWER_BELOW = 'lg';

/** The focus ring: 6.3:1 on white and 5.7:1 on the page's grey (WCAG 2.4.11 asks 3:1). */
const FOCUS_RING = '#1f5fbf';
/** On the dark top bar the ring is light: 9:1 on `CHROME_BG`. */
export const FOCUS_RING_ON_CHROME = '#9cc3ff';

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
    MuiCssBaseline: {
      styleOverrides: {
        // One visible ring for every keyboard focus. MUI's controls set `outline: 0`; `body` lifts
        // this rule above theirs. Text fields keep their own focused border instead.
        'body :focus-visible:not(.MuiInputBase-input)': { outline: `2px solid ${FOCUS_RING}`, outlineOffset: 2 },
        // Items inside menus and lists would have the ring clipped by their scrolling container.
        'body :is(.MuiMenuItem-root, .MuiListItemButton-root, .MuiTab-root):focus-visible': { outlineOffset: -2 },
      },
    },
    // At phone width every dialog takes the whole screen, as MUI's `fullScreen` does: its fields
    // and buttons get the room, and nothing behind it shows at the edges.
    MuiDialog: {
      styleOverrides: {
        paper: ({ theme }) => ({
          [theme.breakpoints.down('sm')]: {
            margin: 0,
            width: '100%',
            maxWidth: '100%',
            height: '100%',
            maxHeight: 'none',
            borderRadius: 0,
          },
        }),
      },
    },
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
