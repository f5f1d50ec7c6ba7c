/**
 * Checks a value against the subset of JSON Schema our OpenAPI document uses
 * (what z.toJSONSchema writes for its schemas): $ref, anyOf, type (or a list
 * of types), properties, required, additionalProperties, propertyNames, items,
 * enum, const and format date-time. Returns the problems found, empty when it conforms.
 */
type Schema = {
  $ref?: string;
  anyOf?: Schema[];
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function checkSchema(value: unknown, schema: Schema, components: Record<string, Schema>, path = "$"): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace("#/components/schemas/", "");
    const target = components[name];
    return target ? checkSchema(value, target, components, path) : [`${path}: unknown $ref ${schema.$ref}`];
  }
  if (schema.anyOf) {
    const tries = schema.anyOf.map((option) => checkSchema(value, option, components, path));
    if (!tries.some((problems) => problems.length === 0)) return tries.sort((a, b) => a.length - b.length)[0];
  }
  const problems: string[] = [];
  const actual = typeOf(value);
  if (schema.type) {
    const allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
    const fits = allowed.includes(actual) || (actual === "integer" && allowed.includes("number"));
    if (!fits) return [`${path}: expected ${allowed.join(" or ")}, got ${actual}`];
  }
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if ("const" in schema && schema.const !== value) problems.push(`${path}: ${JSON.stringify(value)} is not ${JSON.stringify(schema.const)}`);
  if (schema.format === "date-time" && typeof value === "string" && Number.isNaN(Date.parse(value))) problems.push(`${path}: not a date-time`);
  if (actual === "object") {
    const record = value as Record<string, unknown>;
    const properties = schema.properties ?? {};
    for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${path}: missing required property ${key}`);
    for (const [key, item] of Object.entries(record)) {
      if (schema.propertyNames) problems.push(...checkSchema(key, schema.propertyNames, components, `${path}.${key} (name)`));
      const sub = key in properties ? properties[key] : schema.additionalProperties;
      if (sub === false) problems.push(`${path}: unexpected property ${key}`);
      else if (typeof sub === "object") problems.push(...checkSchema(item, sub, components, `${path}.${key}`));
    }
  }
  if (actual === "array" && schema.items) (value as unknown[]).forEach((item, i) => problems.push(...checkSchema(item, schema.items!, components, `${path}[${i}]`)));
  return problems;
}
