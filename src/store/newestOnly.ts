/**
 * Wraps a call to the worker made on every edit (a pen stroke, a slider step) so that one runs at a
 * time: a request during a call is remembered and the call runs once more when it ends, with the
 * state as it is then. The requests in between are skipped; nothing queues behind the user's hand.
 */
export function newestOnly(call: () => Promise<void>): () => Promise<void> {
  let inFlight = false;
  let again = false;
  return async () => {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    try {
      do {
        again = false;
        await call();
      } while (again);
    } finally {
      inFlight = false;
    }
  };
}
