/**
 * Identical reads made at about the same time share one promise: the first caller's read is
 * handed to everyone asking for the same key within `ttlMs` of it. A read that fails is not kept.
 */
export class SharedReads<T> {
  private readonly reads = new Map<string, Promise<T>>();

  constructor(private readonly ttlMs: number) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const shared = this.reads.get(key);
    if (shared) return shared;
    const read = load();
    const forget = () => {
      if (this.reads.get(key) === read) this.reads.delete(key);
    };
    this.reads.set(key, read);
    setTimeout(forget, this.ttlMs).unref();
    read.catch(forget);
    return read;
  }
}
