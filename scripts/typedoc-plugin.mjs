// A typedoc plugin (typedoc.json `plugin`) that names the API site's modules as an app imports them.
//
// Every entry point of typedoc.json becomes a module, named by typedoc after its path under src/
// (`index`, `locales/de`). This plugin renames each to its import specifier: `src/index.ts` to the
// package's name (`stretchkit`), `src/locales/de/index.ts` to `stretchkit/locales/de`. The guides link
// to the main API as `{@link stretchkit!scheduleSession}`.
//
// It also defines the `import-path` router (typedoc.json `router`): the kind router, with the
// package's name left out of page names, so that the main API keeps the addresses of a site built from
// one entry point (`functions/scheduleSession.html`) and a subpath's pages are named after the subpath
// (`modules/locales_de.html`, `variables/locales_de.de.html`).
import { readFileSync } from "node:fs";
import { Converter, KindRouter, ReflectionKind } from "typedoc";

const packageName = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).name;

/** The import specifier of an entry module typedoc named `index` or `locales/de`. */
function importSpecifier(moduleName) {
  return moduleName === "index" ? packageName : `${packageName}/${moduleName}`;
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

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
    if (reflection.kindOf(ReflectionKind.Module) && reflection.parent?.isProject()) {
      reflection.name = importSpecifier(reflection.name);
    }
  });
  app.renderer.defineRouter("import-path", ImportPathRouter);
}
