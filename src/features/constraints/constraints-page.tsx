import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useSession } from '../../api/session-store';
import { PageHeader } from '../../components/page-header';
import { regionName as nameOfRegion } from '../../domain';
import { filterSections, ruleSections, summarize, summaryText } from './constraint-rows';
import { RuleSection } from './rule-section';
import { useLiveConstraints } from './use-live-constraints';

const FILTER_PARAM = 'q';

export function ConstraintsPage() {
  const region = useSession((s) => s.regionId);
  const regionName = nameOfRegion(region);
  const { live, checked, error, retry } = useLiveConstraints(region);
  const [params, setParams] = useSearchParams();
  const filter = params.get(FILTER_PARAM) ?? '';
  const { hash } = useLocation();
  const targetRule = hash ? decodeURIComponent(hash.slice(1)) : undefined;

  const sections = useMemo(() => ruleSections(live), [live]);
  // Typing stays responsive while the (long) list of rules follows a moment later.
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => filterSections(sections, deferredFilter), [sections, deferredFilter]);
  const summary = summaryText(summarize(sections), regionName, live !== undefined);
  const failed = error !== undefined && live === undefined;

  // A rule reached by its address (`/constraints#export.whole-image`) scrolls into view, again once
  // the live column has filled in and moved it.
  const targetListed = shown.some((s) => s.rows.some((r) => r.id === targetRule));
  const settled = live !== undefined || failed;
  useEffect(() => {
    if (targetRule && targetListed) document.getElementById(targetRule)?.scrollIntoView({ block: 'start' });
  }, [targetRule, targetListed, settled]);

  const setFilter = (text: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (text) next.set(FILTER_PARAM, text);
        else next.delete(FILTER_PARAM);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <>
      <PageHeader
        title="Constraints"
        subtitle={
          <Typography variant="body2" color="text.secondary" role="status">
            {summary}
            {live && ` (${checked} ${checked === 1 ? 'image' : 'images'} checked: private and shared with you)`}
          </Typography>
        }
      />
      <Typography variant="body2" sx={{ mb: 2, maxWidth: 880 }}>
        Every rule the console and the IMS backend enforce, from one catalogue. For rules that apply to images as they
        stand, the last column shows which of your images in {regionName} each one blocks right now.
      </Typography>
      {failed && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={retry}>
              Retry
            </Button>
          }
        >
          Could not load the images of {regionName}
          {error instanceof Error ? `: ${error.message}` : '.'} The rules are listed; what they block now is not.
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <TextField
          label="Filter rules"
          size="small"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="Rule ID, words, error code"
          sx={{ width: 360 }}
        />
        {filter && (
          <Typography variant="body2" color="text.secondary" role="status">
            {shown.reduce((n, s) => n + s.rows.length, 0)} of {summarize(sections).rules} rules match
          </Typography>
        )}
      </Stack>
      {shown.length === 0 ? (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => setFilter('')}>
              Clear filter
            </Button>
          }
        >
          No rule matches “{filter}”.
        </Alert>
      ) : (
        shown.map((section) => (
          <RuleSection
            key={section.operation}
            section={section}
            regionName={regionName}
            failed={failed}
            targetRule={targetRule}
          />
        ))
      )}
    </>
  );
}
