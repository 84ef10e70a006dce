/** The keys just before and after one key in an ordered list. */
export interface Adjacent<T> {
  previous?: T;
  next?: T;
}

/**
 * Previous and next of every item of `items` (already in reading order, oldest first), keyed by
 * `key`: the day before and after with articles, the month before and after, and so on.
 */
export function adjacentBy<T>(items: readonly T[], key: (item: T) => string): Map<string, Adjacent<T>> {
  const result = new Map<string, Adjacent<T>>();
  items.forEach((item, index) => {
    if (result.has(key(item))) throw new Error(`adjacentBy: "${key(item)}" appears twice`);
    result.set(key(item), { previous: items[index - 1], next: items[index + 1] });
  });
  return result;
}
