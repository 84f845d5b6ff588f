/** Poll until `check` returns something truthy (5 s at most, for a loaded machine): pages render and save asynchronously. */
export async function waitFor<T>(check: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
