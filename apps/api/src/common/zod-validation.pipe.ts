import { DomainError } from '@kbc/domain';
import { Body, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** Validates a request body against a contract schema; failures become one 400 with per-field messages. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    // Every body in the contract is an object: say so plainly instead of zod's type jargon.
    if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      throw new DomainError('invalid', 'validation_failed', 'The request body must be a JSON object.');
    }
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    const fields: Record<string, string[]> = {};
    for (const issue of result.error.issues) {
      const key = issue.path.join('.') || '_';
      (fields[key] ??= []).push(issue.message);
    }
    const first = result.error.issues[0]?.message ?? 'The request is not valid.';
    throw new DomainError('invalid', 'validation_failed', first, { fields });
  }
}

/** A request body after validation against its contract schema. */
export type Valid<S extends z.ZodType> = z.output<S>;

/** `@ValidBody(schema) body: Valid<typeof schema>`: the body, validated (400 with per-field messages otherwise). */
export const ValidBody = (schema: z.ZodType): ParameterDecorator => Body(new ZodValidationPipe(schema));
