/**
 * Paths of the caller's input, as errors name what they are about. Apart from errors.ts so that a message
 * that is written without fault (which builds paths as it descends) needs none of the errors' code: the
 * network-server script compiles that only for a message that has a fault.
 */

/**
 * What an error is about, as segments: a root and the keys and indexes below it, a step per
 * level as the codec descends, written out as text only for an error. Encoding, the root is
 * where the caller's value is (`data`, a service id, or '' for the top of the maker's objects,
 * whose settings are named alone); decoding, the command being read, whose label (`name (0x5a)`)
 * is a function so that it is made only for an error.
 */
export type Path = string | (() => string) | { readonly up: Path; readonly key: string | number };

/** The path of `key` (a name, or an index) under `up`. */
export function step(up: Path, key: string | number): Path {
  return { up, key };
}

/** The path of a field named `name` under `up`: `up` itself for a bare value, whose name is empty. */
export function under(up: Path, name: string): Path {
  return name ? step(up, name) : up;
}

/** A path as messages show it: `data.history[0].timestamp`, or `child_lock.enable` under the root ''. */
export function pathText(path: Path): string {
  if (typeof path === 'string') return path;
  if (typeof path === 'function') return path();
  const up = pathText(path.up);
  const key = path.key;
  return typeof key === 'number' ? `${up}[${key}]` : up ? `${up}.${key}` : key;
}

