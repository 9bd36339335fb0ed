// `node scripts/check-links.mjs [dir]`: checks the links of the built documentation site (default
// `docs/api`, as typedoc writes it), then those of the Markdown files people read in the repository
// (every `*.md` at its root and in `docs/`), which may link into the built site
// (`[stepAt](docs/api/functions/stepAt.html)`).
//
// Every relative `href` or `src` of every HTML page must name a file of the site, and a fragment
// (`page.html#anchor`, `#anchor`, `icons.svg#icon`) an element with that `id` or `name` in the
// target. Every relative link of the Markdown files (`[text](path)`, `![alt](path)`, `[label]: path`,
// and `href` or `src` in HTML), code aside, must name a file or folder of the repository; a fragment
// into an HTML or SVG file an element with that `id` or `name`, and a fragment into a Markdown file
// (or `#anchor` alone) one of its headings as GitHub names them (`## Track adherence` is
// `#track-adherence`) or an element with that `id` or `name`. Links with a scheme (`https:`,
// `mailto:`, `data:`, ...), protocol-relative links and a bare `#` are left alone. Exits 1 listing
// every broken link.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(process.argv[2] ?? "docs/api");
/** The repository: Markdown links must stay inside it. */
const repository = resolve(dirname(fileURLToPath(import.meta.url)), "..");
if (!existsSync(root) || !statSync(root).isDirectory()) {
  console.error(`check-links: ${relative(process.cwd(), root) || root} is not a directory; build the site first`);
  process.exit(1);
}

/** Every file under `dir`, recursively. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references of an attribute value. */
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Percent-decodes a URL part, or gives it back as it was when it is not valid. */
function decodeUrl(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The markup without comments and without the contents of scripts and styles (their tags stay). */
function markupOnly(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, "$1$2")
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, "$1$2");
}

const TAG = /<[a-zA-Z][^\s/>]*((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of every tag of a page, as `[name, value]` pairs, values decoded. */
function attributes(html) {
  const out = [];
  for (const tag of markupOnly(html).matchAll(TAG)) {
    for (const attribute of (tag[1] ?? "").matchAll(ATTRIBUTE)) {
      const value = attribute[2] ?? attribute[3] ?? attribute[4];
      if (value !== undefined) out.push([attribute[1].toLowerCase(), decodeEntities(value)]);
    }
  }
  return out;
}

const MARKUP = new Set([".html", ".htm", ".svg", ".xml", ".md"]);
const anchorCache = new Map();

/** The `id` and `name` values of a page or an SVG file; for a Markdown file, its headings' anchors too. */
function anchorsOf(file) {
  let anchors = anchorCache.get(file);
  if (anchors === undefined) {
    const text = readFileSync(file, "utf8");
    const isMarkdown = extname(file).toLowerCase() === ".md";
    anchors = new Set(isMarkdown ? headingAnchors(text) : []);
    for (const [name, value] of attributes(isMarkdown ? withoutCode(text) : text)) {
      if (name === "id" || name === "name") anchors.add(value);
    }
    anchorCache.set(file, anchors);
  }
  return anchors;
}

/** Markdown with its fenced code blocks and code spans blanked (newlines kept, so lines still count). */
function withoutCode(markdown) {
  return markdown
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[`~]*[ \t]*$|(?![\s\S]))/gm, (block) =>
      block.replace(/[^\n]/g, " "),
    )
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (span) => span.replace(/[^\n]/g, " "));
}

/** The anchors GitHub gives the headings of a Markdown file: `## Track adherence` is `track-adherence`. */
function headingAnchors(markdown) {
  const seen = new Map();
  const anchors = [];
  for (const [, heading] of markdown
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[`~]*[ \t]*$|(?![\s\S]))/gm, "")
    .matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm)) {
    const text = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      .replace(/[`*~]/g, "");
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.push(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Whether a link leaves the site's files alone: a scheme, a protocol-relative URL or a bare `#`. */
function isExternal(link) {
  return /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith("//") || link === "#";
}

/**
 * Why a relative link from `page` is broken, or `null` when it resolves. The link must stay inside
 * `within`; a folder stands for its `index.html` in the site and for itself in the repository.
 */
function problem(page, link, within) {
  const hash = link.indexOf("#");
  const beforeHash = hash === -1 ? link : link.slice(0, hash);
  const fragment = hash === -1 ? null : decodeUrl(link.slice(hash + 1));
  const path = decodeUrl(beforeHash.split("?")[0] ?? "");
  let target = path === "" ? page : resolve(dirname(page), path);
  const where = within === root ? "the site" : "the repository";
  if (target !== within && !target.startsWith(within + sep)) return `points outside ${where}`;
  if (within === root && existsSync(target) && statSync(target).isDirectory()) target = join(target, "index.html");
  if (!existsSync(target)) return `no file ${relative(within, target)}`;
  if (fragment === null || fragment === "" || statSync(target).isDirectory()) return null;
  if (!MARKUP.has(extname(target).toLowerCase())) return null;
  if (anchorsOf(target).has(fragment)) return null;
  const what = extname(target).toLowerCase() === ".md" ? "no heading or element with id" : "no element with id";
  return `${what} "${fragment}" in ${relative(within, target)}`;
}

/** The relative links of a Markdown file, code aside, each with its line. */
function markdownLinks(markdown) {
  const text = withoutCode(markdown);
  const lineOf = (index) => text.slice(0, index).split("\n").length;
  const links = [];
  const destination = String.raw`(<[^>\n]*>|[^\s<>()]*(?:\([^\s()]*\)[^\s<>()]*)*)`;
  const inline = new RegExp(String.raw`\]\(\s*${destination}(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)`, "g");
  const definition = new RegExp(String.raw`^ {0,3}\[[^\]\n]+\]:[ \t]*${destination}`, "gm");
  for (const pattern of [inline, definition]) {
    for (const match of text.matchAll(pattern)) {
      const link = (match[1] ?? "").replace(/^<(.*)>$/, "$1");
      links.push({ line: lineOf(match.index), link });
    }
  }
  for (const tag of text.matchAll(TAG)) {
    for (const attribute of (tag[1] ?? "").matchAll(ATTRIBUTE)) {
      const name = attribute[1].toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4];
      if ((name === "href" || name === "src") && value !== undefined) {
        links.push({ line: lineOf(tag.index), link: decodeEntities(value) });
      }
    }
  }
  return links.sort((a, b) => a.line - b.line);
}

const pages = walk(root).filter((file) => /\.html?$/i.test(file));
const broken = [];
let checked = 0;
for (const page of pages) {
  for (const [name, value] of attributes(readFileSync(page, "utf8"))) {
    if (name !== "href" && name !== "src") continue;
    const link = value.trim();
    if (isExternal(link)) continue;
    checked += 1;
    const why = problem(page, link, root);
    if (why !== null) broken.push(`${relative(process.cwd(), page)}: ${link} (${why})`);
  }
}

const markdownFiles = [repository, join(repository, "docs")]
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name))
      .map((entry) => join(dir, entry.name)),
  );
let checkedInMarkdown = 0;
for (const file of markdownFiles) {
  for (const { line, link } of markdownLinks(readFileSync(file, "utf8"))) {
    const trimmed = link.trim();
    if (trimmed === "" || isExternal(trimmed)) continue;
    checkedInMarkdown += 1;
    const why = problem(file, trimmed, repository);
    if (why !== null) broken.push(`${relative(process.cwd(), file)}:${line}: ${trimmed} (${why})`);
  }
}

const counts =
  `${checked} relative links in ${pages.length} pages, ` +
  `${checkedInMarkdown} in ${markdownFiles.length} Markdown files`;
if (broken.length > 0) {
  console.error(`check-links: ${broken.length} broken of ${counts}:`);
  for (const line of broken) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`check-links: ${counts}, all resolve`);
