import { runCli } from './run';

/** `npm run analyze`: the command line (run.ts) on the process's own streams. */
runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
