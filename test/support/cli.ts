/** The CLI run in-process (the same `runCli` the bin calls), its output captured. */
import { runCli } from '../../src/cli';

/** `inputs`: what standard input (`-`) and files hold, by name. */
export function cli(args: string[], env: Record<string, string> = {}, inputs?: Record<string, string>): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const readInput = inputs && ((source: string) => {
    if (!Object.prototype.hasOwnProperty.call(inputs, source)) throw new Error(`ENOENT: no such file, open '${source}'`);
    return inputs[source];
  });
  const status = runCli(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), env, readInput });
  return { status, stdout, stderr };
}
