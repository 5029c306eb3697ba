// Reads every TypeScript file under a source root with the TypeScript parser and checks it against the layering
// data (layers.ts): what it imports (static, dynamic, re-exported, required, resolved, or started as a worker) and
// which global names it touches. Returns the violations as readable lines; an empty list means the tree conforms.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import type { Layer } from './layers.ts';

/** One way a file reaches another module or package. */
export interface Reference {
  readonly kind: 'import' | 'dynamic' | 'require' | 'resolve' | 'url';
  /** The specifier; for a computed one, its fixed start (`../api/` of `` `../api/${x}` ``), or '' when none. */
  readonly spec: string;
  /** False when only the start of the specifier is known. */
  readonly exact: boolean;
  readonly line: number;
}

export interface GlobalUse {
  readonly name: string;
  readonly line: number;
}

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

/** The fixed start of a specifier expression: literal text, or the text before the first `${` or `+ x`. */
function specOf(node: ts.Expression): { spec: string; exact: boolean } {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return { spec: node.text, exact: true };
  if (ts.isTemplateExpression(node)) return { spec: node.head.text, exact: false };
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = specOf(node.left);
    return { spec: left.spec, exact: false };
  }
  if (ts.isParenthesizedExpression(node)) return specOf(node.expression);
  return { spec: '', exact: false };
}

function isImportMeta(node: ts.Node): boolean {
  return ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword;
}

/** Names declared anywhere in the file (a local `process` or `Date` is not the global one). */
function declaredNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (n: ts.BindingName) => {
    if (ts.isIdentifier(n)) names.add(n.text);
    else for (const e of n.elements) if (!ts.isOmittedExpression(e)) bind(e.name);
  };
  const visit = (node: ts.Node) => {
    if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) &&
      node.name !== undefined
    )
      bind(node.name);
    else if (
      (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isEnumDeclaration(node)) &&
      node.name
    )
      names.add(node.name.text);
    else if (ts.isImportClause(node) && node.name) names.add(node.name.text);
    else if (ts.isImportSpecifier(node) || ts.isNamespaceImport(node)) names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** Whether an identifier is read as a value (not a property name, a declaration, a label or a type). */
function isValueUse(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if (ts.isQualifiedName(p) || ts.isTypeReferenceNode(p) || ts.isExpressionWithTypeArguments(p)) {
    return ts.isExpressionWithTypeArguments(p) && ts.isHeritageClause(p.parent)
      ? p.parent.token === ts.SyntaxKind.ExtendsKeyword && ts.isClassLike(p.parent.parent)
      : false;
  }
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isPropertySignature(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isMethodSignature(p) ||
      ts.isGetAccessor(p) ||
      ts.isSetAccessor(p) ||
      ts.isEnumMember(p) ||
      ts.isBindingElement(p)) &&
    p.name === id
  )
    return false;
  if (ts.isBindingElement(p) && p.propertyName === id) return false;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isLabeledStatement(p)) return false;
  if (ts.isBreakOrContinueStatement(p) || ts.isTypeQueryNode(p) || ts.isTypeAliasDeclaration(p)) return false;
  if (ts.isInterfaceDeclaration(p) || ts.isTypeParameterDeclaration(p) || ts.isModuleDeclaration(p))
    return false;
  // Inside a type annotation (`x: typeof process`), not a value.
  for (let n: ts.Node = id; n.parent; n = n.parent)
    if (ts.isTypeNode(n) && !ts.isExpressionWithTypeArguments(n)) return false;
  return true;
}

const scanned = new Map<string, { refs: Reference[]; globals: GlobalUse[] }>();

/** Imports, requires, resolves, worker entries and global names of one file (parsed once per text). */
export function scan(
  path: string,
  text = readFileSync(path, 'utf8'),
): { refs: Reference[]; globals: GlobalUse[] } {
  const key = `${path.endsWith('x') ? 'x' : ''}:${text}`;
  const hit = scanned.get(key);
  if (hit) return hit;
  const out = parseFile(path, text);
  scanned.set(key, out);
  return out;
}

function parseFile(path: string, text: string): { refs: Reference[]; globals: GlobalUse[] } {
  const kind = path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const refs: Reference[] = [];
  const globals: GlobalUse[] = [];
  const declared = declaredNames(file);
  const line = (n: ts.Node) => file.getLineAndCharacterOfPosition(n.getStart(file)).line + 1;
  const add = (k: Reference['kind'], e: ts.Expression | undefined, at: ts.Node) => {
    const { spec, exact } = e ? specOf(e) : { spec: '', exact: false };
    refs.push({ kind: k, spec, exact, line: line(at) });
  };
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      add('import', node.moduleSpecifier, node);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      add('require', node.moduleReference.expression, node);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      add('import', node.argument.literal as ts.Expression, node);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) add('dynamic', node.arguments[0], node);
      else if (ts.isIdentifier(callee) && callee.text === 'require' && !declared.has('require'))
        add('require', node.arguments[0], node);
      else if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 'resolve' &&
        isImportMeta(callee.expression)
      )
        add('resolve', node.arguments[0], node);
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      node.arguments?.length === 2 &&
      ts.isPropertyAccessExpression(node.arguments[1]!) &&
      isImportMeta((node.arguments[1] as ts.PropertyAccessExpression).expression)
    ) {
      // new URL('./worker.ts', import.meta.url): a module this file loads (a worker entry) or reads.
      add('url', node.arguments[0], node);
    }
    if (ts.isIdentifier(node) && !declared.has(node.text) && isValueUse(node)) {
      globals.push({ name: node.text, line: line(node) });
      const p = node.parent;
      if (ts.isPropertyAccessExpression(p) && p.expression === node)
        globals.push({ name: `${node.text}.${p.name.text}`, line: line(node) });
    } else if (isImportMeta(node)) globals.push({ name: 'import.meta', line: line(node) });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { refs, globals };
}

/** The package a bare specifier names: `node:fs` for built-ins, `@scope/name[/sub]`, `name[/sub]`. */
function packageOf(spec: string): string {
  if (spec.startsWith('node:')) return spec.split('/')[0]!;
  if (isBuiltin(spec)) return `node:${spec.split('/')[0]}`;
  return spec;
}

function packageAllowed(pkg: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => (a.endsWith('*') ? pkg.startsWith(a.slice(0, -1)) : pkg === a));
}

/**
 * All violations of `layers` by the files under `src`: files outside every layer, packages a layer may not
 * import, imports of layers it may not import, imports into another layer past its index.ts, computed imports
 * whose target cannot be told, and forbidden globals.
 */
export function check(src: string, layers: Readonly<Record<string, Layer>>): string[] {
  const bad: string[] = [];
  const layerOf = (abs: string) => relative(src, abs).split(sep)[0] ?? '';
  const usedDeep = new Set<string>();
  for (const f of sourceFiles(src)) {
    const rel = relative(src, f).split(sep).join('/');
    const from = layerOf(f);
    const layer = layers[from];
    if (!layer || !rel.includes('/')) {
      bad.push(`${rel}: in no declared layer (layers: ${Object.keys(layers).join(', ')})`);
      continue;
    }
    const { refs, globals } = scan(f);
    for (const r of refs) {
      const at = `${rel}:${r.line}`;
      // new URL(path, import.meta.url) with a path made at run time locates a file; nothing to tell.
      if (r.kind === 'url' && !r.exact && r.spec === '') continue;
      if (!r.spec.startsWith('.') && !r.spec.startsWith('/')) {
        if (!r.exact) {
          bad.push(`${at}: ${r.kind} of a computed specifier ('${r.spec}…'): its target cannot be checked`);
          continue;
        }
        const pkg = packageOf(r.spec);
        if (!packageAllowed(pkg, layer.packages))
          bad.push(`${at}: ${from} may not import package '${pkg}' (${r.kind})`);
        continue;
      }
      const target = resolve(dirname(f), r.spec);
      const relTarget = relative(src, target);
      if (relTarget.startsWith('..')) {
        if (r.kind === 'url' && layer.assets?.includes(relTarget.split(sep).join('/'))) continue;
        bad.push(`${at}: ${r.kind} of '${r.spec}' leaves src/`);
        continue;
      }
      const to = layerOf(target);
      if (to === from && (r.exact || relTarget.split(sep).length > 1)) continue;
      if (!r.exact && (to === '' || relTarget.split(sep).length < 1 || target === src)) {
        bad.push(`${at}: ${r.kind} of a computed specifier ('${r.spec}…'): its target cannot be checked`);
        continue;
      }
      if (to !== from && !layer.layers.includes(to)) {
        bad.push(`${at}: ${from} may not import ${to} ('${r.spec}', ${r.kind})`);
        continue;
      }
      if (to === from) continue;
      const inside = relTarget.split(sep).slice(1);
      const toRel = relTarget.split(sep).join('/');
      const entries = layers[to]?.entries ?? ['index.ts'];
      if (!(r.exact && inside.length === 1 && entries.includes(inside[0]!))) {
        const key = `${rel} -> ${toRel}`;
        if (layer.deep?.some(([a, b]) => a === rel && b === toRel)) usedDeep.add(key);
        else bad.push(`${at}: imports ${toRel} past ${to}/${entries.join(', ')} ('${r.spec}', ${r.kind})`);
      }
    }
    for (const g of new Set((layer.globals ?? []).filter((n) => globals.some((u) => u.name === n)))) {
      const lines = globals.filter((u) => u.name === g).map((u) => u.line);
      bad.push(`${rel}:${lines.join(',')}: ${from} may not use the global ${g}`);
    }
  }
  for (const [name, layer] of Object.entries(layers)) {
    if (!existsSync(join(src, name))) continue;
    for (const [a, b] of layer.deep ?? []) {
      if (!usedDeep.has(`${a} -> ${b}`))
        bad.push(`${name}: deep import ${a} -> ${b} is listed but no longer made`);
    }
  }
  return bad;
}
