import { StoreLockedError } from "./lock";
import { openStore, storeConfigFromEnv, type FeedbackStore } from "./store";

/**
 * What the feedback commands (export, report, purge) share: open the store the environment names, run, close it,
 * and set the exit code (never process.exit(), which would cut off output still being written to a pipe).
 * While the site holds the embedded store, the command refuses with `whenLocked` and touches nothing.
 */
export function runWithStore(run: (store: FeedbackStore) => Promise<number>, whenLocked: string): void {
  const main = async (): Promise<number> => {
    let store: FeedbackStore;
    try {
      store = await openStore(storeConfigFromEnv());
    } catch (error) {
      console.error((error as Error).message);
      if (error instanceof StoreLockedError) console.error(whenLocked);
      return 1;
    }
    try {
      return await run(store);
    } finally {
      await store.close();
    }
  };
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
