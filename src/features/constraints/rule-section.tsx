import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { RuleSection as Section } from './constraint-rows';
import { RuleNowCell } from './rule-now-cell';

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '0.8125rem' };

interface RuleSectionProps {
  section: Section;
  regionName: string;
  failed: boolean;
  /** The rule the address points at (`#<rule id>`), highlighted. */
  targetRule: string | undefined;
}

/** One operation's rules: an `h2` naming the operation and a table of its rules, one row each. */
export function RuleSection({ section, regionName, failed, targetRule }: RuleSectionProps) {
  const headingId = `rules-${section.operation}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: 1 }}>
        {section.label}
      </Typography>
      {/* Narrower than its table on a phone: a keyboard user scrolls it once it has focus. */}
      <TableContainer component={Paper} variant="outlined" tabIndex={0} role="region" aria-labelledby={headingId}>
        <Table size="small" aria-labelledby={headingId} sx={{ tableLayout: 'fixed', minWidth: 960 }}>
          <TableHead>
            <TableRow>
              <TableCell>Rule</TableCell>
              <TableCell sx={{ width: 200 }}>Limits</TableCell>
              <TableCell sx={{ width: 110 }}>Source</TableCell>
              <TableCell sx={{ width: 90 }}>Error code</TableCell>
              <TableCell sx={{ width: 250 }}>In {regionName} now</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {section.rows.map((row) => (
              <TableRow
                key={row.id}
                id={row.id}
                hover
                selected={row.id === targetRule}
                aria-current={row.id === targetRule ? 'true' : undefined}
                // The top bar must not cover a rule reached by its address.
                sx={{
                  scrollMarginTop: 96,
                  verticalAlign: 'top',
                  ...(row.id === targetRule
                    ? { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 }
                    : {}),
                }}
              >
                {/* The sentence is the headline; the rule id is secondary detail under it. */}
                <TableCell component="th" scope="row">
                  <Typography variant="body2" component="div">
                    <Statement text={row.statement} />
                  </Typography>
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    component="div"
                    sx={{ ...MONO, fontSize: '0.75rem', wordBreak: 'break-word', mt: 0.25 }}
                  >
                    {row.id}
                  </Typography>
                </TableCell>
                <TableCell>
                  {row.limits.length === 0 ? (
                    <Typography variant="body2" color="text.secondary">
                      None
                    </Typography>
                  ) : (
                    <Box component="dl" sx={{ m: 0 }}>
                      {row.limits.map((limit) => (
                        // The value first, its key (a name in the code) after it in small print.
                        <Box
                          key={limit.name}
                          sx={{
                            display: 'flex',
                            flexDirection: 'row-reverse',
                            justifyContent: 'flex-end',
                            alignItems: 'baseline',
                            gap: 0.75,
                            flexWrap: 'wrap-reverse',
                          }}
                        >
                          <Box
                            component="dt"
                            sx={{ ...MONO, fontSize: '0.75rem', color: 'text.secondary', wordBreak: 'break-word' }}
                          >
                            {limit.name}
                          </Box>
                          <Box component="dd" sx={{ m: 0, fontWeight: 600 }}>
                            {limit.value}
                          </Box>
                        </Box>
                      ))}
                    </Box>
                  )}
                </TableCell>
                <TableCell>
                  <Typography variant="caption" color="text.secondary">
                    {row.source}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Typography variant="caption" color="text.secondary" sx={MONO}>
                    {row.code}
                  </Typography>
                </TableCell>
                <TableCell>
                  <RuleNowCell rule={row.id} now={row.now} regionName={regionName} failed={failed} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}

/** The catalogue marks literal characters and names with backticks: show them as code. */
function Statement({ text }: { text: string }) {
  return text.split('`').map((part, i) =>
    i % 2 === 1 ? (
      <Box key={i} component="code" sx={{ ...MONO, bgcolor: 'action.hover', px: 0.5, borderRadius: 0.5 }}>
        {part}
      </Box>
    ) : (
      part
    ),
  );
}
