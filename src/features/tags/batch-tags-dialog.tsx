import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContent from '@mui/material/DialogContent';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTagWrite, useTenantTags } from '../../api/tags';
import { BatchActions } from '../../components/batch-actions';
import { OutcomeList, SkippedList, type ItemOutcome, type ItemProgress } from '../../components/batch-lists';
import type { OpenActionOptions } from '../../components/image-actions';
import { notify } from '../../components/notifications';
import { SuggestField } from '../../components/suggest-field';
import type { Image, Partition, RuleContext, Viewer } from '../../domain';
import type { TagAction } from '../../domain';
import {
  BATCH_DEFAULTS,
  batchPlan,
  batchRequest,
  isTagReady,
  outcomeSummary,
  preflightSummary,
  tagProblems,
  type BatchTagValues,
} from './batch-tags';
import { describeApiError } from '../../api/client';

const LABELS = { running: 'Saving…', done: 'Saved' };

interface BatchTagsFormProps {
  images: readonly Image[];
  viewer: Viewer;
  ctx: RuleContext;
  options: OpenActionOptions;
  onClose: () => void;
  /** The run started or ended: the dialog must not close while it runs. */
  onRunning: (running: boolean) => void;
}

/**
 * Tags several images: add (or replace) one tag, or remove one key. IMS tags one image per
 * request, so the dialog judges every image first (what would pass 10 tags is skipped with its
 * reason), then writes one after another and reports each outcome.
 */
export function BatchTagsForm({ images, viewer, ctx, options, onClose, onRunning }: BatchTagsFormProps) {
  const actionId = useId();
  const [scope, setScope] = useState<readonly Image[]>(images);
  const [values, setValues] = useState<BatchTagValues>(BATCH_DEFAULTS);
  const [progress, setProgress] = useState<Record<string, ItemProgress>>({});
  /** Frozen when the run starts, so refetched tags cannot move images between lists. */
  const [started, setStarted] = useState<Partition | null>(null);
  const [finished, setFinished] = useState(false);
  const write = useTagWrite();
  const suggestions = useTenantTags(images[0]?.regionId ?? 'cn-north-4');

  const checked = batchPlan(scope, viewer, ctx, values);
  const plan = started ?? checked;
  const running = started !== null && !finished;
  const ready = isTagReady(values);
  const problems = tagProblems(values);
  const set = (change: Partial<BatchTagValues>) => setValues((v) => ({ ...v, ...change }));

  const selectOnlyEligible = () => {
    setScope(checked.eligible);
    options.onSelectionChange?.(checked.eligible.map((i) => i.id));
  };

  const run = async (target: Partition) => {
    setStarted(target);
    onRunning(true);
    const outcomes: ItemOutcome[] = [];
    for (const image of target.eligible) {
      setProgress((p) => ({ ...p, [image.id]: { status: 'running' } }));
      let outcome: ItemOutcome;
      try {
        await write.mutateAsync({ image, requests: [batchRequest(values)] });
        outcome = { status: 'done' };
      } catch (error) {
        outcome = { status: 'failed', reason: describeApiError(error) };
      }
      outcomes.push(outcome);
      setProgress((p) => ({ ...p, [image.id]: outcome }));
    }
    setFinished(true);
    onRunning(false);
    const saved = outcomes.filter((o) => o.status === 'done').length;
    notify(outcomeSummary(outcomes), saved === outcomes.length ? 'success' : saved === 0 ? 'error' : 'warning');
    if (saved > 0) options.onDone?.();
  };

  const verb = values.action === 'create' ? 'Will be tagged' : 'Will lose the tag';
  return (
    <>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <FormControl disabled={started !== null}>
            <FormLabel id={actionId}>Change</FormLabel>
            <RadioGroup
              row
              aria-labelledby={actionId}
              value={values.action}
              onChange={(_, action) => set({ action: action as TagAction })}
            >
              <FormControlLabel value="create" control={<Radio size="small" />} label="Add or replace a tag" />
              <FormControlLabel value="delete" control={<Radio size="small" />} label="Remove a tag key" />
            </RadioGroup>
          </FormControl>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: 'flex-start' }}>
            <SuggestField
              label="Tag key"
              value={values.key}
              onChange={(key) => set({ key })}
              options={suggestions.map((s) => s.key)}
              error={problems.key}
              helperText="1–36 letters, digits, Chinese characters, _ or -"
              disabled={started !== null}
            />
            {values.action === 'create' && (
              <SuggestField
                label="Tag value"
                value={values.value}
                onChange={(value) => set({ value })}
                options={suggestions.find((s) => s.key === values.key)?.values.filter((v) => v !== '') ?? []}
                error={problems.value}
                helperText="Optional; replaces the value of an existing key"
                disabled={started !== null}
              />
            )}
          </Stack>
          <Typography component="p" sx={{ fontWeight: 500 }}>
            {preflightSummary(plan, values.action)}
          </Typography>
          {plan.skipped.length > 0 && (
            <SkippedList skipped={plan.skipped} heading={`Skipped (${plan.skipped.length})`} />
          )}
          {!started && checked.skipped.length > 0 && checked.eligible.length > 0 && (
            <Button variant="outlined" size="small" onClick={selectOnlyEligible} sx={{ alignSelf: 'flex-start' }}>
              Select only eligible
            </Button>
          )}
          {plan.eligible.length > 0 && (
            <OutcomeList
              images={plan.eligible}
              progress={progress}
              labels={LABELS}
              idle={(image) => `${image.tags.length} tags now`}
              heading={`${verb} (${plan.eligible.length})`}
            />
          )}
          {finished && plan.eligible.some((i) => progress[i.id]?.status === 'failed') && (
            <Alert severity="error">Some images were not changed; each shows the reason above.</Alert>
          )}
        </Stack>
      </DialogContent>
      <BatchActions
        running={running}
        finished={finished}
        onClose={onClose}
        onRun={() => void run(plan)}
        disabled={!ready || plan.eligible.length === 0}
      >
        {values.action === 'create'
          ? `Tag ${plan.eligible.length} images`
          : `Remove from ${plan.eligible.length} images`}
      </BatchActions>
    </>
  );
}
