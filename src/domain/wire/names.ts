import { z } from 'zod';
import { descriptionProblem, imageNameProblem } from '../rules/names';

/*
 * The name and description of a new image, as request bodies give them: the same checks as the
 * rules' (rules/names.ts), so a body the rules would refuse is refused with their sentence.
 */

export const imageNameSchema = z.string().superRefine((name, ctx) => {
  const problem = imageNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: `The name ${problem}.` });
});

export const descriptionSchema = z.string().superRefine((text, ctx) => {
  const problem = descriptionProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: `The description ${problem}.` });
});
