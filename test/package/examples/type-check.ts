import ts from "typescript";

/**
 * The compiler options of a strict consumer: those of this repository's own tsconfig (strict,
 * exactOptionalPropertyTypes, noUncheckedIndexedAccess and the rest), with Node's ESM resolution of a package's
 * `exports`, and no ambient types (`types: []`): an example may use only the language, the package and, for a
 * browser page, the DOM.
 */
export function consumerOptions(dom: boolean): ts.CompilerOptions {
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    {
      target: "ES2022",
      lib: dom ? ["ES2022", "DOM"] : ["ES2022"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      moduleDetection: "force",
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      noImplicitReturns: true,
      noPropertyAccessFromIndexSignature: true,
      noFallthroughCasesInSwitch: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      forceConsistentCasingInFileNames: true,
      skipLibCheck: false,
      noEmit: true,
      types: [],
    },
    ".",
  );
  if (errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(errors[0]?.messageText, "\n"));
  return options;
}

/** A diagnostic of the compiler at a place in a file. */
export interface TypeDiagnostic {
  readonly file: string | undefined;
  /** Line in `file`, from 1 (0 when the diagnostic has no place). */
  readonly line: number;
  readonly message: string;
}

/**
 * Compiler programs that share the declaration files they parse (the package's, zod's, the `lib` files), so
 * that a second program, with another `lib` or other files, costs only its own checking.
 */
export class Programs {
  readonly #cache = new Map<string, ts.SourceFile | undefined>();

  create(files: readonly string[], options: ts.CompilerOptions): ts.Program {
    const host = ts.createCompilerHost(options, true);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError, fresh) => {
      const key = `${fileName}\0${typeof languageVersion === "object" ? languageVersion.impliedNodeFormat : ""}`;
      if (!this.#cache.has(key)) this.#cache.set(key, getSourceFile(fileName, languageVersion, onError, fresh));
      return this.#cache.get(key);
    };
    return ts.createProgram({ rootNames: files, options, host });
  }

  /**
   * The names that `specifier` exports to `file` (a module that imports it and nothing else), each with whether
   * it is a type only, as the compiler sees them.
   */
  exportsOf(file: string, specifier: string, options: ts.CompilerOptions): Map<string, { typeOnly: boolean }> {
    const program = this.create([file], options);
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(file);
    const declaration = source?.statements.find(ts.isImportDeclaration);
    const module = declaration && checker.getSymbolAtLocation(declaration.moduleSpecifier);
    if (module === undefined) throw new Error(`${file} does not resolve ${specifier}`);
    const names = new Map<string, { typeOnly: boolean }>();
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      names.set(symbol.name, { typeOnly: (target.flags & ts.SymbolFlags.Value) === 0 });
    }
    return names;
  }

  /**
   * Type-checks `files` in one program and returns every error in them and in the declaration files of
   * `checkedPackage`; other packages' declaration files (zod's) are read as far as the files need them, not
   * checked as a whole.
   */
  check(files: readonly string[], options: ts.CompilerOptions, checkedPackage: string): TypeDiagnostic[] {
    if (files.length === 0) return [];
    const program = this.create(files, options);
    const checked = program
      .getSourceFiles()
      .filter((file) => files.includes(file.fileName) || file.fileName.includes(`/node_modules/${checkedPackage}/`));
    return [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...checked.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
    ]
      .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
      .map((diagnostic) => ({
        file: diagnostic.file?.fileName,
        line:
          diagnostic.file !== undefined && diagnostic.start !== undefined
            ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
            : 0,
        message: `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`,
      }));
  }
}

/** The names of `names` that `code` uses as free names (not as a property, nor declared by the code itself). */
export function freeNames(code: string, names: ReadonlyMap<string, unknown>): string[] {
  const file = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const declared = new Set<string>();
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && names.has(node.text)) {
      const parent = node.parent;
      const isProperty =
        ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) &&
          node !== (ts.isPropertyAccessExpression(parent) ? parent.expression : parent.left)) ||
        ((ts.isPropertyAssignment(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isPropertyDeclaration(parent) ||
          ts.isMethodDeclaration(parent)) &&
          parent.name === node) ||
        (ts.isBindingElement(parent) && parent.propertyName === node);
      const isDeclaration =
        (ts.isVariableDeclaration(parent) ||
          ts.isFunctionDeclaration(parent) ||
          ts.isClassDeclaration(parent) ||
          ts.isInterfaceDeclaration(parent) ||
          ts.isTypeAliasDeclaration(parent) ||
          ts.isParameter(parent) ||
          ts.isBindingElement(parent)) &&
        parent.name === node;
      if (isDeclaration) declared.add(node.text);
      else if (!isProperty) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...used].filter((name) => !declared.has(name)).sort();
}
