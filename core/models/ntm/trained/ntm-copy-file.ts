/**
 * The shipped weight file of the trained copy NTM, validated once on first use (see weights.ts).
 */
import raw from './ntm-copy.json' with { type: 'json' };
import { parseNtmCopyFile, type NtmCopyFile } from './weights.ts';

let cached: NtmCopyFile | undefined;

/** The validated contents of core/models/ntm/trained/ntm-copy.json (parsed on the first call). */
export function ntmCopyFile(): NtmCopyFile {
  cached ??= parseNtmCopyFile(raw);
  return cached;
}
