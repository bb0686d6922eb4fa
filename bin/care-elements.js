#!/usr/bin/env node
// `care-elements <command> …`: each command is a module exporting
// `summary` (one line for this help) and `run(args, io)` (resolves to an exit code).
const commands = {
  render: () => import('./render.js'),
};

const [name, ...args] = process.argv.slice(2);
if (!Object.hasOwn(commands, name ?? '')) {
  const lines = await Promise.all(Object.entries(commands).map(async ([command, load]) => `  ${command.padEnd(10)} ${(await load()).summary}`));
  const help = `Usage: care-elements <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun care-elements <command> --help for its options.\n`;
  const asked = name === undefined || name === '--help' || name === '-h' || name === 'help';
  (asked ? process.stdout : process.stderr).write(asked ? help : `care-elements: unknown command "${name}"\n\n${help}`);
  process.exitCode = asked ? 0 : 2;
} else {
  const command = await commands[name]();
  process.exitCode = await command.run(args, { stdout: process.stdout, stderr: process.stderr });
}
