/**
 * Checks a value against the subset of JSON Schema our OpenAPI document uses:
 * $ref, type (or a list of types), properties, required, items, enum and
 * format date-time. Returns the problems found, empty when it conforms.
 */
type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; enum?: unknown[]; format?: string };

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
  const problems: string[] = [];
  const actual = typeOf(value);
  if (schema.type) {
    const allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
    const fits = allowed.includes(actual) || (actual === "integer" && allowed.includes("number"));
    if (!fits) return [`${path}: expected ${allowed.join(" or ")}, got ${actual}`];
  }
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (schema.format === "date-time" && typeof value === "string" && Number.isNaN(Date.parse(value))) problems.push(`${path}: not a date-time`);
  if (actual === "object") {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${path}: missing required property ${key}`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (key in record) problems.push(...checkSchema(record[key], sub, components, `${path}.${key}`));
    }
  }
  if (actual === "array" && schema.items) (value as unknown[]).forEach((item, i) => problems.push(...checkSchema(item, schema.items!, components, `${path}[${i}]`)));
  return problems;
}
