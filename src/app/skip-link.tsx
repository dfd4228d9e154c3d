import Link from '@mui/material/Link';

/** The id of the console's `<main>`, which the skip link moves focus to. */
export const MAIN_ID = 'main-content';

/**
 * "Skip to main content": the first tab stop, hidden until focused, so a keyboard user passes
 * the top bar and the navigation in one step (WCAG 2.4.1).
 */
export function SkipLink() {
  return (
    <Link
      href={`#${MAIN_ID}`}
      // Focus moves by hand: a `#main-content` hash would sit in the URL that pages read (the
      // Constraints page scrolls to `#<rule id>`).
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
      sx={(theme) => ({
        position: 'fixed',
        top: 8,
        left: 8,
        zIndex: theme.zIndex.tooltip + 1,
        px: 2,
        py: 1,
        bgcolor: 'background.paper',
        color: 'primary.main',
        fontWeight: 600,
        borderRadius: 1,
        boxShadow: 3,
        transform: 'translateY(-200%)',
        '&:focus': { transform: 'none' },
      })}
    >
      Skip to main content
    </Link>
  );
}
