/**
 * What the parts of the script's fast path share (types only: each part is compiled on its own).
 *
 * An entry of the table (table.ts), as JSON, trailing zeros left out:
 * `[name, id, dirs, place, body, rank, stringEnums]`
 * - `id`: the command ID's bytes; `dirs`: 1 sent down, 2 sent up, 3 both;
 * - `place`: 0 a service call, 1 `scope[name]`, 2 `scope[group][member]` (name `group.member`);
 * - `body`: 0 none (reported as 1), `[0, field]` a bare value, or a struct field;
 * - `rank`: a setting's turn in a frame, from 1 (0 for others, which are not sent down as settings);
 * - `stringEnums`: 1 when enums decode as text (services).
 *
 * A field: `[1 int | 2 decimal, wire, min, max]` (a decimal's bounds in hundredths), `[3 enum, wire,
 * values, names | 0]`, `[4 bool]`, `[5 bits, shift, width, min, max]`, `[6 struct, fields]`, `[7, key]` a
 * struct kept as the entry `#key` (an event's branch), where `wire` is the size in bytes, negative when signed; a struct's field: `[name, field, copyTo, whenIndex + 1, whenIs, bitsStart, optional, default]`, where
 * `copyTo` is the top-level key an event's reading is also copied to (the engine's CopyPlan, resolved).
 */
export type Entry = [name: string, id: number[], dirs: number, place: number, body?: unknown, rank?: number, stringEnums?: number];
export type Fast = unknown[];
export type Rec = { [key: string]: unknown };

/**
 * A part of the fast path (decode.ts, encode.ts), as the boot (boot.js) compiles it: entry point `k`
 * of the boot, given the store's text and where its parts end; throws when it leaves the message
 * to the full codec.
 */
export type Part = (store: string, layout: number[], k: number, a: unknown, b: unknown) => unknown;

