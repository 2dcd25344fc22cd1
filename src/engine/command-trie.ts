/** Command IDs → commands, as a prefix tree over the ID bytes (IDs are 1 or 2 bytes: `5a`, `65 06`). */
import { byteError } from '../base/errors';
import { ByteReader, hexByte, hexOf } from '../base/bytes';
import { dict } from '../base/es5';

// Every node has both properties of its own, and `next` has no prototype: a polluted
// Object.prototype must not answer for a byte that has no command.
interface Node<T> {
  entry: T | undefined;
  next: { [byte: number]: Node<T> } | undefined;
}

function newNode<T>(): Node<T> {
  return { entry: undefined, next: undefined };
}

export class CommandTrie<T> {
  private readonly root: Node<T> = newNode();

  constructor(private readonly direction: string) {}

  add(command: readonly number[], entry: T): void {
    let node = this.root;
    for (let i = 0; i < command.length; i++) {
      const b = command[i];
      const next = node.next || (node.next = dict<Node<T>>());
      node = next[b] || (next[b] = newNode<T>());
    }
    // No command is declared twice or is a prefix of another: test/tables.test.ts holds the tables to that.
    node.entry = entry;
  }

  /** Reads a command ID at `r.pos` and returns its entry, or throws UNKNOWN_COMMAND / TRUNCATED with the offset. */
  read(r: ByteReader): T {
    const start = r.pos;
    let node: Node<T> | undefined = this.root;
    while (node.entry === undefined) {
      if (r.rest() === 0) {
        throw byteError('TRUNCATED', r.pos, `command 0x${hexByte(r.buf[start])} is truncated: its ID needs another byte`);
      }
      node = node.next && node.next[r.buf[r.pos]];
      if (node === undefined) {
        const id = hexOf(Array.prototype.slice.call(r.buf, start, r.pos + 1) as number[]);
        throw byteError('UNKNOWN_COMMAND', start, `unknown ${this.direction} command ID 0x${id}; cannot read the rest of the frame`);
      }
      r.pos++;
    }
    return node.entry;
  }
}
