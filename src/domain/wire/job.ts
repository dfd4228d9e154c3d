import { z } from 'zod';
import { jobKindSchema, jobStatusSchema } from '../model/job';
import { regionIdSchema } from '../regions';

/** GET /v1/{project_id}/jobs/{job_id}; `__*` entities are this mock's additions for the task centre. */
export const imsJobSchema = z.object({
  job_id: z.string(),
  job_type: z.string(),
  status: jobStatusSchema,
  begin_time: z.string(),
  end_time: z.string().nullable(),
  error_code: z.string().nullable(),
  fail_reason: z.string().nullable(),
  entities: z.object({
    image_id: z.string().optional(),
    image_name: z.string().optional(),
    process_percent: z.number().min(0).max(100),
    current_task: z.string().optional(),
    results: z
      .array(z.object({ image_id: z.string(), project_id: z.string().optional(), status: z.string() }))
      .optional(),
    __kind: jobKindSchema,
    __source_image_id: z.string().nullable(),
    __source_image_name: z.string(),
    __source_region: regionIdSchema,
    __target_region: regionIdSchema.nullable(),
    /** Create ECS and Create disk jobs: how many servers or disks the job makes. */
    __created_count: z.number().int().nonnegative().optional(),
    /** The job works from a public image (Create ECS), whose page is under /images/public. */
    __source_public: z.boolean().optional(),
  }),
});
export type ImsJob = z.infer<typeof imsJobSchema>;

export const imsJobListSchema = z.object({ jobs: z.array(imsJobSchema) });

/** The answer of every asynchronous request (create, replicate, export, share): the job to poll. */
export const jobAcceptedSchema = z.object({ job_id: z.string() });
export type JobAccepted = z.infer<typeof jobAcceptedSchema>;
