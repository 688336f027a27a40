// A set of change listeners. The core has no event library, and the index
// needs two kinds of listener: views, and the cache writer.

export class Listeners {
  private readonly listeners = new Set<() => void>();

  /** Registers a listener; returns a function that removes it. */
  add(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  notify(): void {
    // A copy, so a listener may remove itself while being called.
    for (const listener of [...this.listeners]) {
      listener();
    }
  }
}
