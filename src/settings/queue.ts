// One queue for every read-modify-write of this page's (or the worker's)
// stored settings data: settings, the people list and imported sets. Two quick
// changes then each read the result of the one before instead of racing.
let writes: Promise<unknown> = Promise.resolve();

export function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = writes.then(task);
  writes = run.catch(() => undefined);
  return run;
}
