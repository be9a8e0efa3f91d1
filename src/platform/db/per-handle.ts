/**
 * A value read once per database handle (an install's secret, say) and kept for the handle's life. A failed read is
 * forgotten, so the next call tries again.
 */
export function oncePerHandle<H extends object, T>(load: (db: H) => Promise<T>): (db: H) => Promise<T> {
  const cache = new WeakMap<H, Promise<T>>();
  return (db) => {
    let value = cache.get(db);
    if (!value) {
      value = load(db);
      value.catch(() => cache.delete(db));
      cache.set(db, value);
    }
    return value;
  };
}
