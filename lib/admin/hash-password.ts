/**
 * `npm run -s admin:hash-password`: makes the ADMIN_PASSWORD_HASH for the editors' pages (lib/admin/auth.ts).
 *
 * The password is read on standard input, never from the command line (where it would stay in the shell's
 * history and be visible to every user in the process list):
 *
 *   printf '%s' "$PASSWORD" | npm run -s admin:hash-password      # from a pipe or a file: all of it, less one
 *                                                                  # trailing newline
 *   npm run -s admin:hash-password                                 # at a terminal: asked twice, not echoed
 *
 * The hash is printed alone on the last line of standard output; everything else goes to standard error.
 * Exit status: 0 done, 2 usage (arguments given, empty password, the two entries differ), 1 anything else.
 */
import { hashPassword } from "./password";

const USAGE = `Usage: npm run -s admin:hash-password
Reads the editors' password on standard input (typed at the prompt, or piped in) and prints its scrypt hash
for ADMIN_PASSWORD_HASH. The password is never taken as an argument.
  printf '%s' "$PASSWORD" | npm run -s admin:hash-password`;

class UsageError extends Error {}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/** One line typed at the terminal, not echoed. Ctrl-C or Ctrl-D on an empty line gives up. */
function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    process.stderr.write(question);
    let typed = "";
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off("data", onData);
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: Buffer) => {
      for (const character of data.toString("utf8")) {
        if (character === "\r" || character === "\n") return finish();
        if (character === "\u0003") return finish(new UsageError("Cancelled."));
        if (character === "\u0004") {
          if (typed === "") return finish(new UsageError("Cancelled."));
          return finish();
        }
        if (character === "\u007f" || character === "\b") typed = [...typed].slice(0, -1).join("");
        else if (character >= " ") typed += character;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    return (await readAll(process.stdin)).replace(/\r?\n$/, "");
  }
  const first = await promptHidden("Editors' password: ");
  if (first === "") return first;
  const second = await promptHidden("The same again: ");
  if (first !== second) throw new UsageError("The two entries differ; nothing was made.");
  return first;
}

async function main(): Promise<number> {
  if (process.argv.length > 2) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const password = await readPassword();
  if (password === "") {
    process.stderr.write("The password is empty; nothing was made.\n");
    return 2;
  }
  process.stdout.write(`${await hashPassword(password)}\n`);
  return 0;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
