import { z } from 'astro/zod';

/**
 * A node of the JSON Schema that Zod 4 produces for a content schema, with the keys Setka reads.
 * Custom `.meta()` keys (`relation`) come through as they are; `x-pattern-message` is added here.
 */
export interface JsonNode {
  type?: string | string[];
  title?: string;
  description?: string;
  /** Collection this id points to (from `.meta({ relation })`). */
  relation?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  additionalProperties?: boolean | JsonNode;
  items?: JsonNode;
  enum?: Array<string | number | boolean | null>;
  const?: unknown;
  pattern?: string;
  format?: string;
  default?: unknown;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
  allOf?: JsonNode[];
  $ref?: string;
  /** The schema's own Russian message for a failed `pattern` / `format`. */
  'x-pattern-message'?: string;
}

interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  error?: (issue: unknown) => unknown;
}

/** The Russian message a Zod check would give, read from the check itself (so the form says what the schema says). */
function checkMessage(def: CheckDef): string | undefined {
  try {
    const out = def.error?.({ code: 'invalid_format', input: '' });
    if (typeof out === 'string') return out;
    if (out && typeof out === 'object' && 'message' in out && typeof out.message === 'string') return out.message;
  } catch {
    // a message function that needs more context than we give it: fall back to no message
  }
  return undefined;
}

/**
 * Converts a content schema to JSON Schema (input side: defaulted fields are optional),
 * keeping `.meta()` keys and adding each regex / format check's own message as `x-pattern-message`.
 */
export function toJsonSchema(schema: z.ZodType): JsonNode {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const def = (ctx.zodSchema as unknown as { _zod: { def: { type: string; checks?: Array<{ _zod: { def: CheckDef } }>; format?: string; error?: CheckDef['error'] } } })._zod.def;
      if (def.type !== 'string') return;
      const json = ctx.jsonSchema as JsonNode;
      // z.url() / z.email() carry their message on the schema itself; regexes on their check.
      const own = def.format ? checkMessage(def) : undefined;
      const fromChecks = (def.checks ?? []).map((c) => c._zod.def).find((d) => d.check === 'string_format' && (d.format === 'regex' || d.format === 'email' || d.format === 'url'));
      const message = own ?? (fromChecks ? checkMessage(fromChecks) : undefined);
      if (message) json['x-pattern-message'] = message;
    },
  }) as JsonNode;
}
