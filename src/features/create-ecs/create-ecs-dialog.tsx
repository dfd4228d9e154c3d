import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { flavorsQuery, useLaunch } from '../../api/launch';
import { useViewer } from '../../api/viewer';
import { DialogLoading, DialogPlaceholder } from '../../components/dialog-loading';
import { FormSelect } from '../../components/form/form-select';
import { FormTextField } from '../../components/form/form-text-field';
import { ImageFormDialog, type ImageFormProps } from '../../components/form/image-form-dialog';
import { RuleFormBody } from '../../components/form/rule-form-body';
import { useRuleForm } from '../../components/form/use-rule-form';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { notify } from '../../components/notifications';
import {
  can,
  canLaunch,
  diskBoundsOf,
  FLAVOR_FAMILY_LABELS,
  flavorLabel,
  isPublic,
  LAUNCH_TARGET_LABELS,
  LIMITS,
  REGIONS,
  regionName,
  type Flavor,
  type FlavorFamily,
  type LaunchableImage,
  type LaunchTarget,
  type RuleContext,
  type Viewer,
} from '../../domain';
import { volumeTypeSchema } from '../../domain/wire/launch';
import {
  asDisk,
  defaultsOf,
  flavorDenial,
  inputOf,
  launchDenials,
  launchShape,
  launchWarnings,
  regionDenial,
  targetDenial,
  type LaunchFormValues,
} from './launch-form';

const NUMERIC = { htmlInput: { inputMode: 'numeric' } } as const;

const TARGET_CHOICES: { target: LaunchTarget; label: string }[] = [
  { target: 'ecs', label: 'ECS' },
  { target: 'temporary-ecs', label: 'Temporary ECS (to install an OS from an ISO image)' },
  { target: 'evs', label: 'EVS disk' },
];

const VOLUME_TYPE_LABELS: Record<(typeof volumeTypeSchema.options)[number], string> = {
  SSD: 'Ultra-high I/O (SSD)',
  GPSSD: 'General Purpose SSD',
  SAS: 'High I/O (SAS)',
  SATA: 'Common I/O (SATA)',
};

const SUBMIT_LABELS: Record<LaunchTarget, string> = {
  ecs: 'Create ECS',
  'temporary-ecs': 'Create temporary ECS',
  evs: 'Create disk',
};

/** The `Create ECS` action of a private or shared image (row menu and detail toolbar). */
export function CreateEcsDialog(props: ImageActionDialogProps) {
  return <ImageFormDialog title="Create ECS" form={PrivateImageLaunch} {...props} />;
}

function PrivateImageLaunch({ image, viewer, ctx, onClose, onDone }: ImageFormProps) {
  return <LaunchFormLoader image={image} viewer={viewer} ctx={ctx} onClose={onClose} onDone={onDone} />;
}

export interface LaunchFormProps {
  image: LaunchableImage;
  viewer: Viewer;
  ctx: RuleContext;
  onClose: () => void;
  onDone: () => void;
}

/** The form opens once the region's flavors are known, so every flavor is judged as it is listed. */
export function LaunchFormLoader(props: LaunchFormProps) {
  const projectId = useViewer()?.projectIn(props.image.regionId)?.id ?? '';
  const flavors = useQuery({ ...flavorsQuery(props.image.regionId, projectId), enabled: projectId !== '' });
  if (flavors.isError)
    return (
      <DialogPlaceholder onCancel={props.onClose}>
        <Alert severity="error">The flavors of {regionName(props.image.regionId)} could not be loaded.</Alert>
      </DialogPlaceholder>
    );
  if (!flavors.data)
    return (
      <DialogPlaceholder onCancel={props.onClose}>
        <DialogLoading label="Loading flavors…" />
      </DialogPlaceholder>
    );
  return <LaunchForm {...props} flavors={flavors.data} projectId={projectId} />;
}

const FAMILIES = Object.keys(FLAVOR_FAMILY_LABELS) as FlavorFamily[];

function LaunchForm({
  image,
  viewer,
  ctx,
  flavors,
  projectId,
  onClose,
  onDone,
}: LaunchFormProps & { flavors: readonly Flavor[]; projectId: string }) {
  const launch = useLaunch();
  const ruleForm = useRuleForm<LaunchFormValues>({
    defaultValues: defaultsOf(image, viewer, ctx, flavors),
    ctx,
    check: (values, latest) => launchDenials(image, viewer, latest, values, flavors),
    shape: (values) => launchShape(values, flavors),
    submit: async (values) => {
      const input = inputOf(values, flavors);
      await launch.mutateAsync({ imageId: image.id, projectId, input, volumeType: values.volumeType });
      const what =
        input.count === 1
          ? LAUNCH_TARGET_LABELS[input.target].replace(/s$/, '')
          : `${input.count} ${LAUNCH_TARGET_LABELS[input.target]}`;
      notify(`Creating ${what} from ${image.name}`, 'success');
      onDone();
    },
  });
  const { form, values, problem } = ruleForm;
  const source = isPublic(image) ? canLaunch(image, viewer, ctx) : can('launch', image, viewer, ctx);
  const disk = values.target === 'evs';
  const bounds = diskBoundsOf(image, values.target);
  const warnings = launchWarnings(image, viewer, ctx, values, flavors);
  const offerDisk = image.type === 'data' && !disk;
  const set = (next: LaunchFormValues) => form.reset(next, { keepDefaultValues: true });

  return (
    <RuleFormBody
      ruleForm={ruleForm}
      subject={
        <>
          {isPublic(image) ? 'Public image' : 'Image'} <strong>{image.name}</strong>
          {image.osVersion ? ` · ${image.osVersion}` : ''}
        </>
      }
      source={source}
      submitLabel={SUBMIT_LABELS[values.target]}
      onCancel={onClose}
      notices={
        <>
          {image.type === 'iso' && (
            <Alert severity="info">
              An ISO image creates a temporary ECS only: the ECS starts from the ISO to install its OS (simulated here:
              it comes up Running with {image.osVersion}). Then use Create Image on that ECS to make a system disk
              image, which can be replicated, exported and shared.
            </Alert>
          )}
          {warnings.map((w) => (
            <Alert key={w.rule} severity="warning">
              {w.reason} {w.hint}
            </Alert>
          ))}
        </>
      }
    >
      <FormSelect
        control={form.control}
        name="regionId"
        label="Region"
        problem={problem('regionId')}
        help="An image creates servers and disks only in its own region."
        fullWidth
      >
        {REGIONS.map((r) => {
          const denial = regionDenial(image, viewer, ctx, values, r.id);
          return (
            <option key={r.id} value={r.id} disabled={denial !== undefined}>
              {denial ? `${r.displayName} — ${denial.reason}` : r.displayName}
            </option>
          );
        })}
      </FormSelect>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <FormSelect
          control={form.control}
          name="target"
          label="Create"
          problem={problem('target')}
          help={disk ? 'EVS disks with the data of this data disk image.' : undefined}
          fullWidth
        >
          {TARGET_CHOICES.map(({ target, label }) => {
            const denial = targetDenial(image, viewer, ctx, values, target);
            return (
              <option key={target} value={target} disabled={denial !== undefined}>
                {denial ? `${label} — ${denial.reason}` : label}
              </option>
            );
          })}
        </FormSelect>
        {offerDisk && (
          <Button variant="outlined" sx={{ flexShrink: 0 }} onClick={() => set(asDisk(image, values))}>
            Create disk
          </Button>
        )}
      </Stack>
      {!disk && (
        <FormSelect
          control={form.control}
          name="flavorName"
          label="Flavor"
          required
          problem={problem('flavorName')}
          help="Flavors the rules refuse for this image are listed disabled, with the reason."
          fullWidth
        >
          {FAMILIES.map((family) => (
            <optgroup key={family} label={FLAVOR_FAMILY_LABELS[family]}>
              {flavors
                .filter((f) => f.family === family)
                .map((f) => {
                  const denial = flavorDenial(image, viewer, ctx, { ...values, flavorName: f.name }, flavors);
                  return (
                    <option key={f.name} value={f.name} disabled={denial !== undefined}>
                      {denial ? `${flavorLabel(f)} — ${denial.reason}` : flavorLabel(f)}
                    </option>
                  );
                })}
            </optgroup>
          ))}
        </FormSelect>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField
          control={form.control}
          name="count"
          label={disk ? 'Number of disks' : 'Number of ECSs'}
          required
          fullWidth
          slotProps={NUMERIC}
          problem={problem('count')}
          help={`1 to ${LIMITS.launchBatchMax}${disk ? '' : `; at most ${LIMITS.launchBatchRecommended} recommended`}`}
        />
        <FormTextField
          control={form.control}
          name="diskSizeGb"
          label={disk ? 'Disk size (GB)' : 'System disk (GB)'}
          required
          fullWidth
          slotProps={NUMERIC}
          problem={problem('diskSizeGb')}
          help={`${bounds.min} to ${bounds.max} GB`}
        />
      </Stack>
      <FormTextField
        control={form.control}
        name="name"
        label={disk ? 'Disk name' : 'ECS name'}
        required
        problem={problem('name')}
        help={`${values.name.length} / ${LIMITS.launchNameMaxLength}: letters, digits, _ - .${disk ? '' : '; a batch adds -0001, -0002, …'}`}
      />
      <FormSelect
        control={form.control}
        name="volumeType"
        label={disk ? 'Disk type' : 'System disk type'}
        problem={problem('volumeType')}
        fullWidth
      >
        {volumeTypeSchema.options.map((t) => (
          <option key={t} value={t}>
            {VOLUME_TYPE_LABELS[t]}
          </option>
        ))}
      </FormSelect>
    </RuleFormBody>
  );
}
