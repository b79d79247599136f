/**
 * In-process mutual exclusion per key: callers with the same key run one after another, others run
 * freely. Enough for the embedded store, which only one process can open; the server store uses
 * PostgreSQL advisory locks instead, which also hold across replicas.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      // The last one out removes the key, so the map does not grow with every pull request ever seen.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
