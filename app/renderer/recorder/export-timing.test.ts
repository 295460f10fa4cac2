import { describe, expectTypeOf, it } from 'vitest';
import type { ExportTiming } from '../../shared/export-timing.ts';
import type { ExportChoice } from './recorder-service.ts';
import type { RecordingJob } from './recorder.ts';

describe('ExportTiming (checked by the type check)', () => {
  it('the dialog’s choice and the recorder’s job carry the same frames, timing and size', () => {
    expectTypeOf<Pick<ExportChoice, keyof ExportTiming>>().toEqualTypeOf<ExportTiming>();
    expectTypeOf<Pick<RecordingJob, keyof ExportTiming>>().toEqualTypeOf<ExportTiming>();
  });
});
