// Cancellation of a folder walk, from a function or an AbortSignal.

/**
 * Either a function that returns true once the caller has cancelled, such as
 * `() => token.isCancellationRequested` for a VS Code CancellationToken, or an AbortSignal.
 */
export type ScanCancellation = (() => boolean) | AbortSignal;

/** The error a walk rejects with when it was cancelled. */
export class ScanCancelledError extends Error {
  constructor() {
    super('The folder scan was cancelled.');
    this.name = 'ScanCancelledError';
  }
}

/** Returns whether an error is the one a cancelled walk rejects with. */
export function isScanCancelledError(error: unknown): error is ScanCancelledError {
  return error instanceof ScanCancelledError;
}

/** Returns a function that reports whether `cancellation` has fired. Without one, the function always returns false. */
export function toCancellationCheck(cancellation: ScanCancellation | undefined): () => boolean {
  if (cancellation === undefined) {
    return () => false;
  }
  if (typeof cancellation === 'function') {
    return cancellation;
  }
  return () => cancellation.aborted;
}
