/**
 * Keystrokes come faster than answers from a worker (or from the full-text index, which may
 * fetch a piece first). Sending every keystroke would queue them, and the reader would wait
 * for answers to queries already typed past. This runs one query at a time and, when several
 * arrive meanwhile, only the newest: the others resolve to `undefined`, meaning "superseded,
 * show nothing for it". `run` may ask `superseded()` between its steps to give up early.
 */
export function newestOnly<Q, R>(run: (query: Q, superseded: () => boolean) => Promise<R>): (query: Q) => Promise<R | undefined> {
  let busy = false;
  let waiting: { query: Q; resolve: (result: R | undefined) => void; reject: (error: unknown) => void } | undefined;

  const start = (query: Q, resolve: (result: R | undefined) => void, reject: (error: unknown) => void) => {
    busy = true;
    const next = () => {
      busy = false;
      const queued = waiting;
      waiting = undefined;
      if (queued) start(queued.query, queued.resolve, queued.reject);
    };
    run(query, () => waiting !== undefined).then(
      (result) => {
        // A newer query is waiting: this answer is out of date.
        resolve(waiting ? undefined : result);
        next();
      },
      (error: unknown) => {
        if (waiting) resolve(undefined);
        else reject(error);
        next();
      },
    );
  };

  return (query) =>
    new Promise<R | undefined>((resolve, reject) => {
      if (!busy) {
        start(query, resolve, reject);
        return;
      }
      waiting?.resolve(undefined);
      waiting = { query, resolve, reject };
    });
}
