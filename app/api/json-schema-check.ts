/**
 * Checks a value against a JSON Schema (2020-12, the dialect of OpenAPI 3.1) whose $refs point into
 * the OpenAPI document's components ("#/components/schemas/…"). Returns the problems found, as
 * "<path>: <message>" with paths like $.data[0].id; empty when the value conforms.
 */
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

type Schema = Record<string, unknown>;

// Keywords of the OpenAPI 3.1 base vocabulary that JSON Schema itself does not define.
const OPENAPI_KEYWORDS = ["discriminator", "xml", "externalDocs", "example"];

const validators = new WeakMap<Record<string, Schema>, WeakMap<Schema, ValidateFunction>>();

function validatorFor(schema: Schema, components: Record<string, Schema>): ValidateFunction {
  let byComponents = validators.get(components);
  if (!byComponents) validators.set(components, (byComponents = new WeakMap()));
  let validate = byComponents.get(schema);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    ajv.addVocabulary(OPENAPI_KEYWORDS);
    // The components travel with the schema so that "#/components/schemas/…" resolves as in the OpenAPI document.
    ajv.addKeyword("components");
    validate = ajv.compile({ ...schema, components: { schemas: components } });
    byComponents.set(schema, validate);
  }
  return validate;
}

const pathOf = (pointer: string) =>
  "$" +
  pointer
    .split("/")
    .slice(1)
    .map((part) => {
      const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
      return /^\d+$/.test(key) ? `[${key}]` : `.${key}`;
    })
    .join("");

export function checkSchema(value: unknown, schema: Schema, components: Record<string, Schema>): string[] {
  const validate = validatorFor(schema, components);
  if (validate(value)) return [];
  // Ajv reports each failed anyOf branch and then the anyOf itself; the branches say what is wrong.
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== "anyOf")
    .map((e) => {
      if (e.keyword === "additionalProperties") return `${pathOf(e.instancePath)}: unexpected property ${e.params.additionalProperty}`;
      if (e.keyword === "propertyNames") return `${pathOf(e.instancePath)}.${e.params.propertyName} (name): ${e.message}`;
      const detail = e.keyword === "enum" ? `${JSON.stringify(e.data)} is not one of ${JSON.stringify(e.params.allowedValues)}` : e.message;
      return `${pathOf(e.instancePath)}: ${detail}`;
    });
}
