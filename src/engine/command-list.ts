/**
 * A direction's commands as commands.ts lists them: in order, by name, and the settings of each group by member.
 * Apart from commands.ts because the network-server script, which finds commands in its stored plans instead
 * (src/network-server/stored-commands.ts), makes the same list of them.
 */
import { dict } from '../base/es5';

/**
 * What listing a command reads of it (commands.ts's Command has it): its name, and a group's member where it is
 * one. Its placements spelt out, not imported: commands.ts imports this module (a placement added there and not
 * here fails to compile).
 */
interface Listed {
  readonly name: string;
  readonly place: { readonly to: 'member'; readonly key: string; readonly member: string } | { readonly to: 'call' | 'key' | 'entry' | 'append' | 'record' };
}

/** The list, by name and by group: commands.ts's CommandList, of whatever commands are listed. */
export interface Listing<C extends Listed> {
  readonly list: readonly C[];
  readonly byName: { readonly [name: string]: C };
  readonly groups: { readonly [key: string]: { readonly [member: string]: C } };
}

export function listOf<C extends Listed>(list: C[]): Listing<C> {
  const byName = dict<C>();
  const groups = dict<{ [member: string]: C }>();
  for (const c of list) {
    byName[c.name] = c;
    const p = c.place;
    if (p.to === 'member') (groups[p.key] || (groups[p.key] = dict<C>()))[p.member] = c;
  }
  return { list, byName, groups };
}
