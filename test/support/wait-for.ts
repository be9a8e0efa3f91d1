/**
 * Waits until `check` returns a value other than undefined/false, looking again every few milliseconds; rejects after
 * timeoutMs so a broken worker fails the test instead of hanging it. Not a timing assertion: the limit is generous.
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  opts: { timeoutMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${opts.what ?? "condition"}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
