import { LIMITS } from '../limits';

const NAME_CHARS = /^[A-Za-z0-9\u4E00-\u9FFF _.-]+$/;

/** What is wrong with an image name, or undefined when it is valid (IMS image-name rules). */
export function imageNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > LIMITS.imageNameMaxLength)
    return `is ${name.length} characters long; at most ${LIMITS.imageNameMaxLength} are allowed`;
  if (name !== name.trim()) return 'starts or ends with a space';
  const bad = [...name].find((c) => !NAME_CHARS.test(c));
  if (bad !== undefined) return `contains "${bad}", which is not allowed`;
  return undefined;
}

export function descriptionProblem(description: string): string | undefined {
  if (description.length > LIMITS.descriptionMaxLength)
    return `is ${description.length} characters long; at most ${LIMITS.descriptionMaxLength} are allowed`;
  if (/[<>]/.test(description)) return 'contains < or >, which are not allowed';
  if (/[\r\n]/.test(description)) return 'contains a line break, which is not allowed';
  return undefined;
}
