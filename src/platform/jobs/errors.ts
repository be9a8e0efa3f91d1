/**
 * Thrown by a handler when retrying cannot help (malformed payload, a recipient the mail server rejects for good):
 * the job goes straight to the dead-letter list, where an administrator can still retry or discard it.
 */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentJobError";
  }
}
