import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Controller } from 'react-hook-form';
import { FormSelect } from '../../components/form/form-select';
import { FormTextField } from '../../components/form/form-text-field';
import { deniedText } from '../../components/denied-reason';
import { deny, LIMITS, OS_VERSIONS, type KmsKey, type OsVersion } from '../../domain';
import { fieldsFor, type CreateFormField, type CreateFormValues } from './create-form';
import { DeniableRadios } from './deniable-radios';
import { FieldProblem } from './form-section';
import { optionRefusal, type Judge } from './row-refusals';

const NUMERIC = { htmlInput: { inputMode: 'numeric' } } as const;

interface FieldsProps {
  form: UseFormReturn<CreateFormValues>;
  judge: Judge;
  problem: (field: CreateFormField) => string | undefined;
}

function osGroups(): [string, OsVersion[]][] {
  const groups = new Map<string, OsVersion[]>();
  for (const os of OS_VERSIONS) groups.set(os.family, [...(groups.get(os.family) ?? []), os]);
  return [...groups];
}
const OS_GROUPS = osGroups();

/** OS version, architecture and boot mode of an imported system disk or ISO image (002 §6). */
export function OsFields({ form, judge, problem }: FieldsProps) {
  const { values } = judge;
  const arm = values.architecture === 'arm';
  return (
    <>
      <DeniableRadios
        label="Architecture"
        value={values.architecture}
        options={[
          { value: 'x86', label: 'x86' },
          { value: 'arm', label: 'Kunpeng (Arm)' },
        ]}
        onChange={(architecture) => {
          form.setValue('architecture', architecture, { shouldValidate: true });
          // A Kunpeng image boots in UEFI only; x86 starts from BIOS, which every listed OS takes.
          form.setValue('bootMode', architecture === 'arm' ? 'uefi' : 'bios', { shouldValidate: true });
        }}
        problem={problem('architecture')}
        help="An x86 image cannot create Kunpeng ECSs."
      />
      <FormSelect
        control={form.control}
        name="osVersion"
        label="OS version"
        fullWidth
        problem={problem('osVersion')}
        help={`From the supported-OS tables for ${arm ? 'Kunpeng' : 'x86'} ECSs; Other_Linux when the OS is not listed.`}
      >
        {OS_GROUPS.map(([family, versions]) => (
          <optgroup key={family} label={family}>
            {versions.map((os) => {
              const listed = arm ? os.arm : os.x86;
              return (
                <option key={os.osVersion} value={os.osVersion} disabled={!listed}>
                  {listed ? os.osVersion : `${os.osVersion} — not listed for ${arm ? 'Kunpeng (Arm)' : 'x86'}`}
                </option>
              );
            })}
          </optgroup>
        ))}
      </FormSelect>
      <DeniableRadios
        label="Boot mode"
        value={values.bootMode}
        options={[
          { value: 'bios', label: 'BIOS', denial: optionRefusal(judge, { bootMode: 'bios' }, 'bootMode') },
          { value: 'uefi', label: 'UEFI', denial: optionRefusal(judge, { bootMode: 'uefi' }, 'bootMode') },
        ]}
        onChange={(bootMode) => form.setValue('bootMode', bootMode, { shouldValidate: true })}
        problem={problem('bootMode')}
        help="UEFI only for the OSs of Table 6-6; Kunpeng images boot in UEFI."
      />
    </>
  );
}

interface ImageFieldsProps extends FieldsProps {
  names: readonly string[];
  keys: readonly KmsKey[];
  enterpriseProjects: readonly { id: string; name: string }[];
}

/** Name, description and what the chosen type and source take: disk sizes, memory, encryption, project. */
export function ImageFields({ form, judge, problem, names, keys, enterpriseProjects }: ImageFieldsProps) {
  const { values } = judge;
  const fields = fieldsFor(values);
  const iso = values.imageType === 'iso';
  const fileGb = Math.ceil(values.fileSizeGb);
  return (
    <>
      <FormTextField
        control={form.control}
        name="name"
        label="Name"
        required
        fullWidth
        problem={problem('name')}
        help={
          names.length > 1
            ? `One image per disk: ${names.join(', ')}`
            : `${values.name.length} / ${LIMITS.imageNameMaxLength}: letters, digits, spaces, Chinese characters, _ - .`
        }
      />
      <FormTextField
        control={form.control}
        name="description"
        label="Description"
        fullWidth
        multiline
        minRows={2}
        problem={problem('description')}
        help={`${values.description.length} / ${LIMITS.descriptionMaxLength}; no < or >`}
      />
      {fields.os && <OsFields form={form} judge={judge} problem={problem} />}
      {fields.osType && (
        <FormSelect control={form.control} name="osType" label="OS type" problem={problem('osType')}>
          <option value="Linux">Linux</option>
          <option value="Windows">Windows</option>
        </FormSelect>
      )}
      {fields.systemDisk && (
        <FormTextField
          control={form.control}
          name="minDiskGb"
          label="System disk (GB)"
          slotProps={NUMERIC}
          problem={problem('minDiskGb')}
          help={`${LIMITS.systemDiskImportMinGb}–${LIMITS.maxSourceDiskGb} GB${fileGb > 0 ? `, at least the file's ${fileGb} GB` : ''}`}
        />
      )}
      {fields.dataCapacity && (
        <FormTextField
          control={form.control}
          name="minDiskGb"
          label="Data disk capacity (GB)"
          slotProps={NUMERIC}
          problem={problem('minDiskGb')}
          help={`${LIMITS.dataDiskImportMinGb}–${LIMITS.dataDiskImportMaxGb} GB${fileGb > 0 ? `, at least the file's ${fileGb} GB` : ''}`}
        />
      )}
      {fields.memory && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <FormTextField
            control={form.control}
            name="minRamMb"
            label="Minimum memory (MB)"
            fullWidth
            slotProps={NUMERIC}
            problem={problem('minRamMb')}
            help="Empty: no minimum"
          />
          <FormTextField
            control={form.control}
            name="maxRamMb"
            label="Maximum memory (MB)"
            fullWidth
            slotProps={NUMERIC}
            problem={problem('maxRamMb')}
            help="Empty: no limit"
          />
        </Stack>
      )}
      {fields.encryption && !iso && (
        <FormSelect
          control={form.control}
          name="kmsKeyId"
          label="Encryption"
          fullWidth
          problem={problem('kmsKeyId')}
          help="A KMS key encrypts the image; it cannot be changed later."
        >
          <option value="">Not encrypted</option>
          {keys.map((k) => (
            <option key={k.id} value={k.id} disabled={k.state !== 'enabled'}>
              {k.state === 'enabled' ? `KMS key ${k.alias}` : `KMS key ${k.alias} — the key is ${k.state}`}
            </option>
          ))}
        </FormSelect>
      )}
      <EncryptionNote values={values} problem={problem('kmsKeyId')} />
      <FormSelect
        control={form.control}
        name="enterpriseProjectId"
        label="Enterprise project"
        fullWidth
        problem={problem('enterpriseProjectId')}
      >
        {enterpriseProjects.map((ep) => (
          <option key={ep.id} value={ep.id}>
            {ep.name}
          </option>
        ))}
      </FormSelect>
    </>
  );
}

/** Where no key is chosen, why: an ISO cannot be encrypted, others follow their source. */
function EncryptionNote({ values, problem }: { values: CreateFormValues; problem: string | undefined }) {
  const fields = fieldsFor(values);
  let text: string | undefined;
  if (values.imageType === 'iso') text = deniedText(deny('encrypt.iso'));
  else if (fields.file && !fields.encryption)
    text = 'Fast import does not take a KMS key: import a file of up to 128 GB normally to encrypt it.';
  // 000 T5-6: an image made from a server or backup inherits its disks' encryption.
  else if (!fields.file) text = 'The image is encrypted when its source disks are; no key is chosen here.';
  if (!text) return null;
  return (
    <Stack>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        Encryption
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {text}
      </Typography>
      <FieldProblem text={problem} />
    </Stack>
  );
}

interface FastImportProps {
  form: UseFormReturn<CreateFormValues>;
  problem: string | undefined;
}

/** Fast import: RAW or ZVHD2 files of 128 GB to 1 TB (000 T2); turned on when a file needs it. */
export function FastImportSwitch({ form, problem }: FastImportProps) {
  const helpId = useId();
  return (
    <Controller
      control={form.control}
      name="quickImport"
      render={({ field: { value, onChange, ref, ...field } }) => (
        <Stack>
          <FormControlLabel
            control={
              <Switch
                {...field}
                size="small"
                checked={value}
                onChange={(_, on) => onChange(on)}
                slotProps={{ input: { ref, 'aria-describedby': helpId } }}
              />
            }
            label="Fast import"
          />
          {problem ? (
            <FieldProblem id={helpId} text={problem} />
          ) : (
            <Typography id={helpId} variant="caption" color="text.secondary">
              For RAW or ZVHD2 files from 128 GB to 1 TB; files up to 128 GB import normally.
            </Typography>
          )}
        </Stack>
      )}
    />
  );
}
