/**
 * A direction's commands as commands.ts lists them: in order, by name, and the settings of each group by member.
 * Apart from commands.ts because the network-server script, which finds commands in its stored plans instead
 * (src/network-server/stored-commands.ts), makes the same list of them.
 */
import { dict } from '../base/es5';

/** What listing a command reads of it (commands.ts's Command has it): its name, and a group's member where it is one. */
interface Listed {
  readonly name: string;
  readonly place: { readonly to: string; readonly key?: string; readonly member?: string };
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
    if (p.to === 'member') (groups[p.key as string] || (groups[p.key as string] = dict<C>()))[p.member as string] = c;
  }
  return { list, byName, groups };
}
