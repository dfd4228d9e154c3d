import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { deniedText } from '../../components/denied-reason';
import { formatGb } from '../../components/format';
import type { Denial, Server, ServerState } from '../../domain';
import { FieldProblem } from './form-section';
import { PickerTable, type PickerColumn, type RowRefusal } from './picker-table';
import { diskRefusal, hasNoDataDisks, serverRefusal, type Judge } from './row-refusals';

const STATE_LABELS: Record<ServerState, string> = {
  ACTIVE: 'Running',
  SHUTOFF: 'Stopped',
  BUILD: 'Creating',
  REBOOT: 'Restarting',
  RESIZE: 'Resizing',
  ERROR: 'Faulty',
};

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const gb = formatGb;

const ECS_COLUMNS: readonly PickerColumn<Server>[] = [
  { header: 'State', cell: (s) => STATE_LABELS[s.state] },
  { header: 'OS', cell: (s) => s.osVersion, wrap: true },
  { header: 'System disk', cell: (s) => gb(s.systemDisk.sizeGb), align: 'right' },
  {
    header: 'Data disks',
    cell: (s) => (s.dataDisks.length === 0 ? 'None' : s.dataDisks.map((d) => gb(d.sizeGb)).join(', ')),
    wrap: true,
  },
  { header: 'Frozen (overdue)', cell: (s) => yesNo(s.frozen) },
  { header: 'Had a CSBS backup', cell: (s) => yesNo(s.hadCsbsBackup) },
  { header: 'Architecture', cell: (s) => (s.architecture === 'arm' ? 'Kunpeng (Arm)' : 'x86') },
];

const BMS_COLUMNS: readonly PickerColumn<Server>[] = [
  { header: 'State', cell: (s) => STATE_LABELS[s.state] },
  { header: 'Boots from', cell: (s) => (s.bootSource === 'evs' ? 'EVS disk' : 'Local disk') },
  { header: 'OS', cell: (s) => s.osVersion, wrap: true },
  { header: 'System disk', cell: (s) => gb(s.systemDisk.sizeGb), align: 'right' },
  { header: 'Frozen (overdue)', cell: (s) => yesNo(s.frozen) },
];

interface ServerPickerProps {
  kind: Server['kind'];
  label: string;
  servers: readonly Server[] | undefined;
  judge: Judge;
  /** The live refusal or requirement of the chosen server (`serverId`). */
  serverProblem: string | undefined;
  disksProblem: string | undefined;
  onServer: (server: Server) => void;
  onDisks: (ids: string[]) => void;
  /** Switches to a full-ECS image of the server: the seeds' way around a disk over 1 TB. */
  onFullEcs: (server: Server) => void;
}

/** Offered where a disk over 1 TB refuses a system or data disk image (000 T1). */
function FullEcsOffer({ server, onFullEcs }: { server: Server; onFullEcs: (server: Server) => void }) {
  return (
    <Button
      size="small"
      variant="text"
      onClick={(event) => {
        event.stopPropagation();
        onFullEcs(server);
      }}
      sx={{ px: 0.5, mt: 0.25 }}
    >
      Create a full-ECS image of {server.name}
    </Button>
  );
}

const TOO_LARGE = new Set(['create.system-disk-size', 'create.data-disk-size']);
const offersFullEcs = (denial: Denial | undefined, kind: Server['kind']) =>
  denial !== undefined && kind === 'ecs' && TOO_LARGE.has(denial.rule);

/** The ECS or BMS table, and for data disk images the chosen ECS's data disks (one image each). */
export function ServerPicker(props: ServerPickerProps) {
  const { kind, label, servers, judge, serverProblem, disksProblem, onServer, onDisks, onFullEcs } = props;
  const problemId = useId();
  const disksId = useId();
  const { values } = judge;
  const dataImages = values.imageType === 'data';
  const chosen = servers?.find((s) => s.id === values.serverId);

  const refusal = (server: Server): RowRefusal | undefined => {
    const denial = serverRefusal(judge, server);
    if (denial)
      return {
        text: deniedText(denial) ?? denial.reason,
        action: offersFullEcs(denial, kind) ? <FullEcsOffer server={server} onFullEcs={onFullEcs} /> : undefined,
      };
    const none = dataImages ? hasNoDataDisks(server) : undefined;
    return none ? { text: none } : undefined;
  };

  return (
    <Stack spacing={1}>
      <PickerTable
        label={label}
        rows={servers}
        emptyText={kind === 'ecs' ? 'No ECSs in this region.' : 'No BMSs in this region.'}
        rowId={(s) => s.id}
        rowName={(s) => s.name}
        refusal={refusal}
        selected={values.serverId}
        onSelect={onServer}
        columns={kind === 'ecs' ? ECS_COLUMNS : BMS_COLUMNS}
        problemId={problemId}
      />
      <FieldProblem id={problemId} text={serverProblem} />
      {chosen && serverProblem && offersFullEcs(serverRefusal(judge, chosen), kind) && (
        <FullEcsOffer server={chosen} onFullEcs={onFullEcs} />
      )}
      {dataImages && chosen && chosen.dataDisks.length > 0 && (
        <fieldset style={{ border: 0, margin: 0, padding: 0 }} aria-describedby={disksProblem ? disksId : undefined}>
          <Typography component="legend" variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
            Data disks of {chosen.name} (one image per disk)
          </Typography>
          <Stack>
            {chosen.dataDisks.map((disk) => {
              const denial = diskRefusal(judge, chosen, disk);
              const reasonId = `${disksId}-${disk.id}`;
              const checked = values.dataDiskIds.includes(disk.id);
              return (
                <Stack key={disk.id} sx={{ alignItems: 'flex-start' }}>
                  <FormControlLabel
                    label={`${disk.name} · ${gb(disk.sizeGb)}`}
                    control={
                      <Checkbox
                        size="small"
                        checked={checked}
                        onChange={(_, on) => {
                          if (denial && on) return;
                          onDisks(
                            on ? [...values.dataDiskIds, disk.id] : values.dataDiskIds.filter((id) => id !== disk.id),
                          );
                        }}
                        slotProps={{
                          input: {
                            'aria-disabled': denial ? true : undefined,
                            'aria-describedby': denial ? reasonId : undefined,
                          },
                        }}
                      />
                    }
                    sx={denial ? { color: 'text.secondary', cursor: 'not-allowed' } : undefined}
                  />
                  {denial && (
                    <Stack sx={{ pl: 4, mt: -0.75 }}>
                      <Typography id={reasonId} variant="caption" color="warning.dark">
                        {deniedText(denial)}
                      </Typography>
                      {offersFullEcs(denial, kind) && <FullEcsOffer server={chosen} onFullEcs={onFullEcs} />}
                    </Stack>
                  )}
                </Stack>
              );
            })}
          </Stack>
          <FieldProblem id={disksId} text={disksProblem} />
        </fieldset>
      )}
    </Stack>
  );
}
