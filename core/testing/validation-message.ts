/**
 * Test helper: the message of the {@link ValidationError} a function throws (fails the test when it throws
 * something else or nothing), so tests can assert the exact words a user reads.
 */
import { expect } from 'vitest';
import { ValidationError } from '../scenario/validate.ts';

/** Runs `fn` and returns its ValidationError's message. */
export function validationMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as Error).message;
  }
  throw new Error('expected a ValidationError');
}
