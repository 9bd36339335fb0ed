// `node scripts/check-links.mjs [dir]`: checks the links of the built documentation site (default
// `docs/api`, as typedoc writes it). Every relative `href` or `src` of every HTML page must name a
// file of the site, and a fragment (`page.html#anchor`, `#anchor`, `icons.svg#icon`) an element
// with that `id` or `name` in the target. Links with a scheme (`https:`, `mailto:`, `data:`, ...),
// protocol-relative links and a bare `#` are left alone. Exits 1 listing every broken link.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";

const root = resolve(process.argv[2] ?? "docs/api");
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

const MARKUP = new Set([".html", ".htm", ".svg", ".xml"]);
const anchorCache = new Map();

/** The `id` and `name` values of a page or an SVG file. */
function anchorsOf(file) {
  let anchors = anchorCache.get(file);
  if (anchors === undefined) {
    anchors = new Set();
    for (const [name, value] of attributes(readFileSync(file, "utf8"))) {
      if (name === "id" || name === "name") anchors.add(value);
    }
    anchorCache.set(file, anchors);
  }
  return anchors;
}

/** Whether a link leaves the site's files alone: a scheme, a protocol-relative URL or a bare `#`. */
function isExternal(link) {
  return /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith("//") || link === "#";
}

/** Why a relative link from `page` is broken, or `null` when it resolves. */
function problem(page, link) {
  const hash = link.indexOf("#");
  const beforeHash = hash === -1 ? link : link.slice(0, hash);
  const fragment = hash === -1 ? null : decodeUrl(link.slice(hash + 1));
  const path = decodeUrl(beforeHash.split("?")[0] ?? "");
  let target = path === "" ? page : resolve(dirname(page), path);
  if (target !== root && !target.startsWith(root + sep)) return "points outside the site";
  if (existsSync(target) && statSync(target).isDirectory()) target = join(target, "index.html");
  if (!existsSync(target)) return `no file ${relative(root, target)}`;
  if (fragment === null || fragment === "") return null;
  if (!MARKUP.has(extname(target).toLowerCase())) return null;
  return anchorsOf(target).has(fragment) ? null : `no element with id "${fragment}" in ${relative(root, target)}`;
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
    const why = problem(page, link);
    if (why !== null) broken.push(`${relative(process.cwd(), page)}: ${link} (${why})`);
  }
}

if (broken.length > 0) {
  console.error(`check-links: ${broken.length} broken of ${checked} relative links in ${pages.length} pages:`);
  for (const line of broken) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`check-links: ${checked} relative links in ${pages.length} pages, all resolve`);
