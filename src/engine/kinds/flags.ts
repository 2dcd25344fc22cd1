/**
 * The kinds that settings write and no service takes (as the tables stand): flags and bit fields, reached
 * together, so that the network-server script compiles them (a part of their own) only for a message that
 * writes a setting with one, never for a service call.
 */
export { BITS } from './bits';
export { BOOL } from './bool';
