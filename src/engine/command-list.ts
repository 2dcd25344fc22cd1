/**
 * A direction's commands as commands.ts lists them: in order, by name, and the settings of each group by member.
 * Apart from commands.ts because the network-server script, which finds commands in its stored plans instead
 * (src/network-server/stored-commands.ts), makes the same list of them.
 */
import { dict } from '../base/es5';
import type { Command, CommandList } from './commands';

export function listOf(list: Command[]): CommandList {
  const byName = dict<Command>();
  const groups = dict<{ [member: string]: Command }>();
  for (const c of list) {
    byName[c.name] = c;
    const p = c.place;
    if (p.to === 'member') (groups[p.key] || (groups[p.key] = dict<Command>()))[p.member] = c;
  }
  return { list, byName, groups };
}
