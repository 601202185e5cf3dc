'use strict';
// Reads the official SDK's model definitions (dist/models/*.d.ts) with the TypeScript compiler API
// and checks JSON values against them.
//
// The rule (documented in README.md, "Contract suite"):
//  - strict (answers of onbehalf-server): every field of the interface is present; a field the
//    typings mark optional (`?`) may be null, a required one may not; a present value has the JSON
//    type of the typing (string, number, boolean, array of..., object of a model, string literal
//    union); `xp` is always an object; date fields are ISO 8601 with an offset; nested models are
//    checked by the same rule. Fields the SDK does not know are allowed (the API adds fields).
//  - tolerant (fixtures: what a real marketplace may send): as strict, but an optional field may
//    also be absent, and xp may be null.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const MODELS = path.join(path.dirname(require.resolve('ordercloud-javascript-sdk/package.json')), 'dist', 'models');

const DATE_FIELDS = /^(Date[A-Z].*|LastActive|LastUpdated|TermsAccepted|PasswordLastSetDate|SaleStart|SaleEnd|DateNeeded)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// type: {kind: 'string'|'number'|'boolean'|'any'|'array'|'model'|'literals', of?, name?, values?}
function typeOf(node, generics) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword: return { kind: 'string' };
    case ts.SyntaxKind.NumberKeyword: return { kind: 'number' };
    case ts.SyntaxKind.BooleanKeyword: return { kind: 'boolean' };
    case ts.SyntaxKind.AnyKeyword: case ts.SyntaxKind.UnknownKeyword: return { kind: 'any' };
    case ts.SyntaxKind.ArrayType: return { kind: 'array', of: typeOf(node.elementType, generics) };
    case ts.SyntaxKind.LiteralType:
      return node.literal.kind === ts.SyntaxKind.StringLiteral ? { kind: 'literals', values: [node.literal.text] } : { kind: 'any' };
    case ts.SyntaxKind.UnionType: {
      const parts = node.types.map((t) => typeOf(t, generics));
      if (parts.every((p) => p.kind === 'literals')) return { kind: 'literals', values: parts.flatMap((p) => p.values) };
      return { kind: 'any' };
    }
    case ts.SyntaxKind.TypeReference: {
      const name = node.typeName.getText();
      if (generics.has(name)) return { kind: 'any' }; // TUserXp = any
      if (name === 'Array' && node.typeArguments) return { kind: 'array', of: typeOf(node.typeArguments[0], generics) };
      return { kind: 'model', name };
    }
    default: return { kind: 'any' };
  }
}

function loadModels(dir = MODELS) {
  const interfaces = new Map();
  const aliases = new Map();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.d.ts'))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
    source.forEachChild((node) => {
      if (ts.isInterfaceDeclaration(node)) {
        const generics = new Set((node.typeParameters || []).map((p) => p.name.text));
        const fields = new Map();
        for (const m of node.members) {
          if (!ts.isPropertySignature(m) || !m.type) continue;
          fields.set(m.name.getText(), { optional: !!m.questionToken, type: typeOf(m.type, generics) });
        }
        interfaces.set(node.name.text, fields);
      } else if (ts.isTypeAliasDeclaration(node)) {
        aliases.set(node.name.text, typeOf(node.type, new Set()));
      }
    });
  }
  return { interfaces, aliases };
}

function resolve(models, type) {
  if (type.kind === 'model' && !models.interfaces.has(type.name)) return models.aliases.get(type.name) || { kind: 'any' };
  return type;
}

function describe(models, type) {
  type = resolve(models, type);
  if (type.kind === 'array') return `${describe(models, type.of)}[]`;
  if (type.kind === 'model') return type.name;
  if (type.kind === 'literals') return type.values.map((v) => `'${v}'`).join(' | ');
  return type.kind;
}

// Problems of `value` against `type`, as strings naming the path.
function checkValue(models, value, type, where, options, problems) {
  type = resolve(models, type);
  switch (type.kind) {
    case 'any': return;
    case 'string': case 'number': case 'boolean':
      if (typeof value !== type.kind) problems.push(`${where}: expected ${type.kind}, got ${JSON.stringify(value)}`);
      return;
    case 'literals':
      if (!type.values.includes(value)) problems.push(`${where}: ${JSON.stringify(value)} is not one of ${describe(models, type)}`);
      return;
    case 'array':
      if (!Array.isArray(value)) { problems.push(`${where}: expected ${describe(models, type)}, got ${JSON.stringify(value)}`); return; }
      value.forEach((v, i) => checkValue(models, v, type.of, `${where}[${i}]`, options, problems));
      return;
    case 'model':
      checkModel(models, value, type.name, where, options, problems);
      return;
    default:
  }
}

function checkModel(models, value, name, where, options, problems) {
  const fields = models.interfaces.get(name);
  if (!fields) throw new Error(`the SDK has no model ${name}`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${where}: expected a ${name} object, got ${JSON.stringify(value)}`);
    return;
  }
  for (const [field, spec] of fields) {
    const at = `${where}.${field}`;
    const exempt = (options.mayBeAbsent || []).includes(`${name}.${field}`);
    if (!(field in value)) {
      if (!(options.tolerant && spec.optional) && !exempt) problems.push(`${at}: missing (${describe(models, spec.type)})`);
      continue;
    }
    const v = value[field];
    if (field === 'xp' && !options.tolerant && (v === null || typeof v !== 'object' || Array.isArray(v))) {
      problems.push(`${at}: xp must be an object, got ${JSON.stringify(v)}`);
      continue;
    }
    if (v === null) {
      if (!spec.optional) problems.push(`${at}: null, but the SDK requires ${describe(models, spec.type)}`);
      continue;
    }
    if (DATE_FIELDS.test(field) && resolve(models, spec.type).kind === 'string' && typeof v === 'string' && !ISO_DATE.test(v))
      problems.push(`${at}: ${JSON.stringify(v)} is not an ISO 8601 date with an offset`);
    checkValue(models, v, spec.type, at, options, problems);
  }
}

// ListPage<T>: Meta and Items of T.
function checkListPage(models, value, itemName, where, options, problems) {
  checkModel(models, value, 'ListPage', where, options, problems);
  if (value && Array.isArray(value.Items))
    value.Items.forEach((item, i) => checkModel(models, item, itemName, `${where}.Items[${i}]`, options, problems));
  if (value && value.Meta) checkModel(models, value.Meta, 'Meta', `${where}.Meta`, options, problems);
}

module.exports = { loadModels, checkModel, checkListPage, MODELS };
