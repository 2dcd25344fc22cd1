/** The CLI run in-process (the same `runCli` the bin calls), its output captured. */
import { runCli } from '../../src/cli';

export function cli(args: string[], env: Record<string, string> = {}): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), env });
  return { status, stdout, stderr };
}
