// A typedoc plugin (typedoc.json `plugin`) that names the API site's modules as an app imports them.
//
// Every entry point of typedoc.json becomes a module, named by typedoc after its path under src/
// (`index`, `locales/de`). This plugin renames each to its import specifier: `src/index.ts` to the
// package's name (`stretchkit`), `src/locales/de/index.ts` to `stretchkit/locales/de`: the entry point
// of a subpath export `./x` is `src/x/index.ts`, or `src/export/x/index.ts` for the formats of the
// `export/` folder (`stretchkit/ical`). The guides link to the main API as
// `{@link stretchkit!scheduleSession}`.
//
// It also defines the `import-path` router (typedoc.json `router`): the kind router, with the
// package's name left out of page names, so that the main API keeps the addresses of a site built from
// one entry point (`functions/scheduleSession.html`) and a subpath's pages are named after the subpath
// (`modules/locales_de.html`, `variables/locales_de.de.html`).
//
// And it lets the README and the guides link into the built site as the repository holds it: a link to
// `docs/api/functions/stepAt.html` (from the repository's root) leads to the page of `stepAt` in the site,
// where typedoc would otherwise look for that file before it is built, and copy it into the site's media
// when an earlier build left it there. A link to a page the site does not have is an error.
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { Converter, KindRouter, ReflectionKind } from "typedoc";

const packageName = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).name;

/** The import specifier of an entry module typedoc named `index`, `locales/de` or `export/ical`. */
function importSpecifier(moduleName) {
  return moduleName === "index" ? packageName : `${packageName}/${moduleName.replace(/^export\//, "")}`;
}

/** What page names carry of an entry module's name: nothing for the main module, the subpath for the others. */
function pageNamePart(moduleName) {
  return moduleName.startsWith(`${packageName}/`) ? moduleName.slice(packageName.length + 1) : "";
}

class ImportPathRouter extends KindRouter {
  getIdealBaseName(reflection) {
    const parts = [];
    for (let part = reflection; part !== undefined && !part.isProject(); part = part.parent) {
      const isEntryModule = part.kindOf(ReflectionKind.Module) && part.parent?.isProject() === true;
      // An entry module's own page is named after its subpath (the main one after the package); the pages
      // inside it carry only the subpath, and nothing for the main module.
      const name = !isEntryModule
        ? part.name
        : part === reflection
          ? pageNamePart(part.name) || part.name
          : pageNamePart(part.name);
      if (name !== "") parts.unshift(this.getUrlSafeName(name));
    }
    return `${this.directories.get(reflection.kind)}/${parts.join(".")}`;
  }
}

/** A path with forward slashes, as typedoc's file registry keeps them. */
function slashed(path) {
  return path.replaceAll("\\", "/");
}

/** The routers whose page addresses links into the site are matched against. */
const ROUTERS = { "import-path": ImportPathRouter, kind: KindRouter };

/**
 * Makes Markdown links into the output directory lead to the pages built there: such a link is recorded
 * as written (typedoc checks a relative link against the files that exist now), and once every page is
 * known, before typedoc checks the files that links name, tied to the page at its address.
 * @param {import("typedoc").Application} app
 */
function linkIntoSite(app) {
  /** Each link into the site: the file it names (no anchor) and the text written, for messages. */
  const links = new Map();
  app.converter.on(Converter.EVENT_BEGIN, (context) => {
    links.clear();
    const files = context.project.files;
    const register = files.register.bind(files);
    files.register = (sourcePath, relativePath) => {
      const out = slashed(resolve(app.options.getValue("out")));
      const absolute = slashed(resolve(dirname(sourcePath), relativePath));
      const file = absolute.replace(/#.*/, "");
      if (!file.startsWith(`${out}/`)) return register(sourcePath, relativePath);
      links.set(file, `${relative(process.cwd(), sourcePath)}: ${relativePath}`);
      return files.registerAbsolute(absolute);
    };
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    if (links.size === 0) return;
    const routerName = app.options.getValue("router");
    const Router = ROUTERS[routerName];
    if (Router === undefined) {
      app.logger.error(`Links into the site need the import-path or kind router, not ${routerName}`);
      return;
    }
    const out = slashed(resolve(app.options.getValue("out")));
    const pages = new Map(new Router(app).buildPages(context.project).map((page) => [page.url, page.model]));
    for (const [file, written] of links) {
      const page = pages.get(file.slice(out.length + 1));
      if (page === undefined) app.logger.error(`${written}: the site has no such page`);
      else context.project.files.registerReflectionPath(file, page);
    }
  });
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
    if (reflection.kindOf(ReflectionKind.Module) && reflection.parent?.isProject()) {
      reflection.name = importSpecifier(reflection.name);
    }
  });
  app.renderer.defineRouter("import-path", ImportPathRouter);
  linkIntoSite(app);
}
