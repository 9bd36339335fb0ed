import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** A scratch project with the packed tarball of this package (and the repo's zod) installed. */
export interface Scratch {
  readonly dir: string;
  /** Writes `source` to `file` (a path inside the app; folders are made as needed) and gives its absolute path. */
  write(file: string, source: string): string;
  /** Writes `source` to `file`, runs it with this Node from the app's directory and gives its stdout. */
  run(file: string, source: string): string;
  remove(): void;
}

/** Packs the built package and installs the tarball, offline, in a fresh scratch project. */
export function createScratch(): Scratch {
  const dir = mkdtempSync(join(tmpdir(), "stretchkit-consumer-"));
  const packDir = join(dir, "pack");
  mkdirSync(packDir);
  execFileSync(npm, ["pack", "--silent", "--pack-destination", packDir], { cwd: root, stdio: "pipe" });
  const tarball = readdirSync(packDir).find((name) => name.endsWith(".tgz"));
  if (tarball === undefined) throw new Error("npm pack made no tarball");
  const app = join(dir, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  execFileSync(
    npm,
    [
      "install",
      "--offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      join(packDir, tarball),
      join(root, "node_modules", "zod"),
    ],
    { cwd: app, stdio: "pipe" },
  );
  return { ...openScratch(app), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The scratch project at `app` (made by {@link createScratch}, e.g. in the global setup). */
export function openScratch(app: string): Omit<Scratch, "remove"> {
  const write = (file: string, source: string): string => {
    const path = join(app, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, source);
    return path;
  };
  return {
    dir: app,
    write,
    run(file, source) {
      write(file, source);
      return execFileSync(process.execPath, [file], { cwd: app, encoding: "utf8", stdio: "pipe" });
    },
  };
}
